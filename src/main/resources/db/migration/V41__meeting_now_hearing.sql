-- The case the chair is hearing, which the room's screen (the "present" view) shows. Null before the first case.
alter table meeting add column now_hearing uuid references agenda_item (id) on delete set null;
