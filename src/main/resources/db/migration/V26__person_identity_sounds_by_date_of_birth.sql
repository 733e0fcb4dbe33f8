-- The blocks for a date of birth one slip away (one digit mistyped, the year off by one or ten) look for a
-- same-sounding surname or first name born on one of about forty dates. With the sound first, each date is one
-- descent of a btree to the few identities of that sound born that day: no table page is read for the thousands of
-- strangers who share one of the dates.
create index person_identity_last_sound_dob on person_identity (last_sound, date_of_birth);
create index person_identity_first_sound_dob on person_identity (first_sound, date_of_birth);
