-- The similar-surname block asks for a birth year range and a trigram match together: one GIN index over both
-- (btree_gin, shipped with PostgreSQL) answers it without reading every similar surname of every year.
create extension if not exists btree_gin;
create index person_identity_year_last_trgm on person_identity using gin (birth_year, last_norm gin_trgm_ops);
drop index person_identity_last_trgm;

-- Name frequencies of a large database come from the planner's most-common-values lists: keep longer lists.
alter table person_identity alter column first_norm set statistics 1000;
alter table person_identity alter column last_norm set statistics 1000;
