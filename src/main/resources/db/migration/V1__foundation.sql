-- Reference data and the tables every feature stands on. Demo agencies and users are never loaded here.

create table conference_kind (
    code        varchar(16) primary key,
    name        varchar(120) not null,
    description text not null
);

insert into conference_kind (code, name, description) values
    ('MARAC',  'Multi-agency risk assessment conference',        'High-risk victims of domestic abuse'),
    ('ASBRAC', 'Anti-social behaviour risk assessment conference', 'High-risk or vulnerable victims of anti-social behaviour'),
    ('SARAC',  'Sexual assault risk assessment conference',       'High-risk victims of sexual violence');

create table agency (
    id          uuid primary key,
    name        varchar(160) not null,
    short_code  varchar(16)  not null,
    agency_type varchar(40)  not null,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create unique index agency_short_code_unique on agency (upper(short_code));

create table agency_conference_kind (
    agency_id            uuid        not null references agency (id) on delete cascade,
    conference_kind_code varchar(16) not null references conference_kind (code),
    primary key (agency_id, conference_kind_code)
);

create table app_user (
    subject          varchar(255) primary key,
    username         varchar(255) not null,
    display_name     varchar(255) not null,
    email            varchar(320),
    agency_code      varchar(16),
    roles            varchar(500) not null default '',
    active           boolean      not null default true,
    first_sign_in_at timestamptz  not null,
    last_sign_in_at  timestamptz  not null,
    version          bigint       not null default 0
);
create index app_user_username on app_user (lower(username));

create table user_conference_kind (
    user_subject         varchar(255) not null references app_user (subject) on delete cascade,
    conference_kind_code varchar(16)  not null references conference_kind (code),
    primary key (user_subject, conference_kind_code)
);

-- Append-only: the trigger below refuses UPDATE, DELETE and TRUNCATE for every database user.
create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz  not null default now(),
    actor_subject varchar(255) not null,
    actor_name    varchar(255) not null,
    actor_agency  varchar(16),
    action        varchar(80)  not null,
    entity_type   varchar(60),
    entity_id     varchar(120),
    reason        text,
    detail        text
);
create index audit_event_occurred_at on audit_event (occurred_at);
create index audit_event_actor on audit_event (lower(actor_name), actor_subject);
create index audit_event_entity on audit_event (entity_type, entity_id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit events cannot be changed or removed (attempted %)', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
