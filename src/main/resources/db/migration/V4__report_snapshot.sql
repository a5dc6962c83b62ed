-- An assessment keeps its report as the exact JSON document it was answered with, written once and
-- served as it is. Finding rows keep what queries need (rule, pitfall, severity, position); their texts
-- and lists, and the assessment's answers and unanswered lists, stay filled only for assessments stored
-- before this version, which are still read from them.
alter table assessment add column report varbinary(16000000);
alter table assessment alter column answers set null;
alter table assessment alter column unanswered set null;
alter table finding alter column title set null;
alter table finding alter column explanation set null;
alter table finding alter column recommendation set null;
alter table finding alter column evidence set null;
alter table finding alter column conclusions set null;
alter table finding alter column sources set null;
