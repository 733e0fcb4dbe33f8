-- Issue 14: one name sounds alike, and the town and the birth year are the same, for a date of birth mistyped by
-- weeks or months together with the other name changed or missing (a typo that changed its sound, a first name or
-- surname not known): the true matches of the shared file that no earlier block let through. One btree descent per
-- branch; only identities with a town and a year are kept.
create index person_identity_last_sound_town_year on person_identity (last_sound, town_norm, birth_year)
    where town_norm is not null and birth_year is not null;
create index person_identity_first_sound_town_year on person_identity (first_sound, town_norm, birth_year)
    where town_norm is not null and birth_year is not null;
