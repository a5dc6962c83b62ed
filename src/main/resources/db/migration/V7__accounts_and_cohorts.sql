-- People who sign in: participants, coaches and trainers (an account may hold several roles, comma-separated
-- in roles). The password is a bcrypt hash in modular crypt form ($2a$…), never the password itself.
create table account (
    id         uuid         not null primary key,
    username   varchar(100) not null,
    password   varchar(100) not null,
    roles      varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    constraint account_username unique (username)
);

-- A course group: its participants, and the coaches who review their assessments.
create table cohort (
    id         uuid         not null primary key,
    name       varchar(200) not null,
    created_at timestamp(6) with time zone not null,
    constraint cohort_name unique (name)
);

-- Who is in a cohort, and as what (participant or coach). A participant is in one cohort at a time; a
-- coach may coach several.
create table cohort_member (
    cohort_id  uuid        not null references cohort (id) on delete cascade,
    account_id uuid        not null references account (id) on delete cascade,
    role       varchar(16) not null,
    primary key (cohort_id, account_id)
);

create index cohort_member_account on cohort_member (account_id);

-- An assessment belongs to the account that submitted it and to that participant's cohort at the time;
-- both are null for assessments made before accounts existed, which only trainers read.
alter table assessment add column owner_id uuid references account (id);
alter table assessment add column cohort_id uuid references cohort (id);
create index assessment_owner on assessment (owner_id);
create index assessment_cohort on assessment (cohort_id);
