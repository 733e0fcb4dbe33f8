-- One counter per conference kind and year. The increment happens in the submitting transaction, so a
-- rolled-back submit leaves no gap and two submits at once wait for each other instead of sharing a number.
create table reference_counter (
    conference_kind_code varchar(16) not null references conference_kind (code),
    year                 integer     not null,
    last_number          integer     not null,
    primary key (conference_kind_code, year)
);
