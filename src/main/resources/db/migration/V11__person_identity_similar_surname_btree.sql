-- The similar-surname block (same birth year, same-sounding first name, similar surname) is answered from this
-- btree instead of V10's GIN index: GIN keeps one posting list per key and column, so even with the year and the
-- first-name sound in it a lookup read the whole posting lists of the year, of the sound and of every surname
-- trigram (about 10-20 ms at 4 million people, the slowest part of a lookup). The year and sound together pick at
-- most a few thousand identities, and the surname and id stored in the index let PostgreSQL apply the trigram test
-- to those without reading the table (an index-only scan, about 2 ms). Same condition, same rows.
create index person_identity_year_first_sound on person_identity (birth_year, first_sound) include (last_norm, id);
drop index person_identity_year_first_last_trgm;
