-- Two person records found to be the same person are merged by a coordinator, with a reason. Nothing is deleted:
-- the merged record stays (pointing at the survivor), and the merge remembers exactly which links and identities it
-- moved, so that undoing it puts every one of them back.
alter table person add column merged_into uuid references person (id);

create table person_merge (
    id                uuid primary key,
    survivor_id       uuid         not null references person (id),
    merged_id         uuid         not null references person (id),
    reason            text         not null,
    merged_at         timestamptz  not null,
    merged_by         varchar(255) not null,
    moved_links       jsonb        not null,
    moved_victim_of   jsonb        not null,
    moved_identities  jsonb        not null,
    undone_at         timestamptz,
    undone_by         varchar(255),
    undo_reason       text
);
create index person_merge_people on person_merge (survivor_id, merged_id);
