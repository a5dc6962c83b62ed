-- The thresholds (knowledge-base/thresholds.yaml) a finding compared answers with, as set at the time.
-- Empty for findings stored before thresholds existed.
alter table finding add column thresholds json;
