-- Reports read a period at a time. A year of a partnership's work is most of a young database, where PostgreSQL
-- reads whole tables anyway; these indexes keep a quarter or a year as cheap once the database holds several years
-- (docs/benchmarks.md, "Reports at scale").

-- Referrals received in a period, per conference kind (the dashboard, the data return).
create index referral_kind_submitted on referral (conference_kind_code, submitted_at);

-- Screening decisions in a period: few among the transitions, so a partial index.
create index referral_transition_screened_out on referral_transition (occurred_at) where to_state = 'SCREENED_OUT';

-- Actions set in a period, per conference kind.
create index action_kind_created on action (conference_kind_code, created_at);
