-- Whether it is safe to leave the victim a message (voicemail, a text, a note): asked in the referral's victim
-- section and shown above the advocate's contact log. Null means the referrer did not say.
alter table person add column safe_to_leave_message boolean;
