-- Answers can be changed after an assessment was made (PATCH /api/assessments/{id}/answers): each change is
-- evaluated again and becomes the assessment's next revision. The assessment row always holds the latest
-- revision (its report, its findings' rows); every earlier one is kept here with its report as it was
-- answered, so that it stays readable. Assessments made before revisions are revision 1.
alter table assessment add column revision integer default 1 not null;
alter table assessment add column revised_at timestamp(6) with time zone;

create table assessment_revision (
    assessment_id          uuid         not null references assessment (id) on delete cascade,
    revision               integer      not null,
    -- when this revision was made: the assessment's created_at for revision 1, else its revised_at then
    made_at                timestamp(6) with time zone not null,
    knowledge_base_version varchar(80)  not null,
    report                 varbinary(16000000) not null,
    primary key (assessment_id, revision)
);
