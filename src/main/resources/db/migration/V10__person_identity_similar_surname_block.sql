-- The similar-surname block also asks for the same-sounding first name: with it, the GIN index starts from a few
-- hundred identities instead of every similar surname born that year, which kept lookups fast at 4 million people.
create index person_identity_year_first_last_trgm on person_identity using gin (birth_year, first_sound, last_norm gin_trgm_ops);
drop index person_identity_year_last_trgm;
