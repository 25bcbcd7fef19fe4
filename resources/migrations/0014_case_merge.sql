-- Schema version 14 (both engines): cases entered twice and merged (issue 12).
--
-- merged_into_id: the case this one was merged into by a supervisor
-- (CaseMergeRepository::merge). The merged-away case is kept, closed, so its
-- reference still leads somewhere and its certificates stay with the case
-- they were issued on; it is never deleted.
ALTER TABLE cases ADD COLUMN merged_into_id INTEGER REFERENCES cases (id);
CREATE INDEX cases_merged_into ON cases (merged_into_id) WHERE merged_into_id IS NOT NULL;
