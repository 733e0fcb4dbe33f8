-- Find a case by name searches the start of a last name (at least two letters): a prefix LIKE needs an index with
-- pattern operators, whatever the database's collation.
create index person_identity_last_prefix on person_identity (last_norm varchar_pattern_ops, first_norm varchar_pattern_ops);
