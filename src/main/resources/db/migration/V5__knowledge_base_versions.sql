-- Every version of the trainers' content that became active: its hash (what assessment.knowledge_base_version
-- names), when it was first and last active, its counts, and every file of it under rules/ and knowledge-base/,
-- so that the service can answer with the last good version when the content on disk is broken at start-up.
create table knowledge_base_version (
    hash               varchar(80) not null primary key,
    first_activated_at timestamp(6) with time zone not null,
    last_activated_at  timestamp(6) with time zone not null,
    rule_count         integer     not null,
    question_count     integer     not null,
    pitfall_count      integer     not null
);

create index knowledge_base_version_last_activated on knowledge_base_version (last_activated_at);

-- A file's bytes are kept once, however many versions hold them: a version that changes one file adds one.
create table knowledge_base_file_content (
    sha256  varchar(64)         not null primary key,
    content varbinary(16000000) not null
);

-- The files of a version: path under rules/ or knowledge-base/ (e.g. rules/channels.drl) and its bytes.
create table knowledge_base_file (
    hash   varchar(80)   not null references knowledge_base_version (hash) on delete cascade,
    path   varchar(1000) not null,
    sha256 varchar(64)   not null references knowledge_base_file_content (sha256),
    primary key (hash, path)
);
