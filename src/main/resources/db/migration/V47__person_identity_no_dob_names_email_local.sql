-- Issue 14's blocks for the true matches no earlier rule let through.
-- An earlier record with no date of birth and one name sounding as entered: these partial btrees hold the names, so
-- the full-name trigram test runs on index tuples (an index-only scan) over the identities of one sound that have no
-- date of birth, never on the table.
create index person_identity_no_dob_last_sound on person_identity (last_sound, first_norm, last_norm) where birth_year is null;
create index person_identity_no_dob_first_sound on person_identity (first_sound, first_norm, last_norm) where birth_year is null;
-- An email whose domain was mistyped: the part before the @.
create index person_identity_email_local on person_identity (split_part(email, '@', 1)) where email is not null;
