-- A coach's judgement of one finding of an assessment (agree, disagree, unsure, with a note), or their
-- summary note on the whole assessment (target 'summary', no verdict). One review per coach and target;
-- editing it keeps what it said before in review_edit.
create table review (
    id            uuid          not null primary key,
    assessment_id uuid          not null references assessment (id) on delete cascade,
    revision      integer       not null,
    target        varchar(64)   not null,
    pitfall       varchar(200),
    rule_name     varchar(500),
    verdict       varchar(16),
    note          varchar(4000),
    author_id     uuid          not null references account (id),
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    constraint review_once unique (assessment_id, target, author_id)
);

create index review_assessment on review (assessment_id);
create index review_pitfall on review (pitfall);

-- What a review said before each edit, with when it was said.
create table review_edit (
    review_id  uuid        not null references review (id) on delete cascade,
    edited_at  timestamp(6) with time zone not null,
    verdict    varchar(16),
    note       varchar(4000),
    said_at    timestamp(6) with time zone not null,
    primary key (review_id, edited_at)
);
