-- A repeat: a referral about a victim already heard at the same conference kind, submitted within the repeat
-- window after that hearing. Roundtable computes it (the referrer does not tick it) and keeps which hearing made it.
alter table referral add column repeat_of_referral_id uuid references referral (id);
alter table referral add column repeat_last_heard_on date;
create index referral_victim_kind on referral (victim_person_id, conference_kind_code);
