-- The strategic risk matrix (docs/reports.md): each year's matrix scores crime and disorder issues 0 to 5 on nine
-- criteria. Written only by the report.matrix package. Names and titles are varchar(120), web/Limits.NAME.
create table risk_matrix (
    id         uuid primary key,
    title      varchar(120) not null,
    created_by varchar(255) not null,
    created_at timestamptz  not null
);
create unique index risk_matrix_title on risk_matrix (lower(title));

create table risk_matrix_issue (
    id                        uuid primary key,
    matrix_id                 uuid         not null references risk_matrix (id),
    name                      varchar(120) not null,
    performance_deteriorating integer      not null check (performance_deteriorating between 0 and 5),
    national_priority         integer      not null check (national_priority between 0 and 5),
    local_priority            integer      not null check (local_priority between 0 and 5),
    community_priority        integer      not null check (community_priority between 0 and 5),
    harm_to_property          integer      not null check (harm_to_property between 0 and 5),
    harm_to_people            integer      not null check (harm_to_people between 0 and 5),
    fear                      integer      not null check (fear between 0 and 5),
    cost                      integer      not null check (cost between 0 and 5),
    likelihood                integer      not null check (likelihood between 0 and 5),
    version                   bigint       not null default 0,
    updated_at                timestamptz  not null
);
-- One issue of a name per matrix, whatever its letter case: an import matches rows to issues by name.
create unique index risk_matrix_issue_name on risk_matrix_issue (matrix_id, lower(name));

-- Totals and ranks: equal totals share a rank and the next rank skips (1, 2, 3, 3, 5), as rank() counts.
create view risk_matrix_ranking as
select scored.*, rank() over (partition by scored.matrix_id order by scored.total desc) as rank
from (select i.id, i.matrix_id, i.name, i.performance_deteriorating, i.national_priority, i.local_priority,
             i.community_priority, i.harm_to_property, i.harm_to_people, i.fear, i.cost, i.likelihood, i.version,
             i.performance_deteriorating + i.national_priority + i.local_priority + i.community_priority
                 + i.harm_to_property + i.harm_to_people + i.fear + i.cost + i.likelihood as total
      from risk_matrix_issue i) scored;
