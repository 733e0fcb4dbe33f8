-- An agency's shared conference mailbox (for example marac@agency.gov.uk): agenda notices reach the agency even
-- when none of its single points of contact has signed in yet. Optional; notices hold no personal data.
alter table agency add column contact_email varchar(254);
