-- An assessment is a submitted questionnaire; a finding is one diagnosis it got, stored with the texts
-- it was explained with so that a report reads the same after the knowledge base changes.
create table assessment (
    id                     uuid          not null primary key,
    participant            varchar(200)  not null,
    language               varchar(16)   not null,
    created_at             timestamp(6) with time zone not null,
    knowledge_base_version varchar(80)   not null,
    answers                json          not null,
    unanswered             json          not null
);

create index assessment_participant on assessment (participant);
create index assessment_created_at on assessment (created_at);

create table finding (
    id             uuid          not null primary key,
    assessment_id  uuid          not null references assessment (id) on delete cascade,
    position       integer       not null,
    rule_name      varchar(500)  not null,
    pitfall        varchar(200)  not null,
    severity       varchar(16)   not null,
    title          varchar(1000) not null,
    explanation    varchar(8000) not null,
    recommendation varchar(8000) not null,
    evidence       json          not null,
    conclusions    json          not null,
    sources        json          not null,
    constraint finding_position unique (assessment_id, position)
);

create index finding_pitfall on finding (pitfall);
