-- Schema 21 (both engines): the timeline's index also carries the kind of
-- each entry.
--
-- The councils' report (store/reports/ReportQuery) and the dashboard's
-- families gone quiet (CaseListQuery) ask, for each case, about its calls,
-- emails and letters after a day. With the kind in the index that answer
-- comes from the index alone, instead of reading every timeline row of every
-- case: over a year of 200,000 cases the report's "enquiry to first contact"
-- reads a fifth as much. The timeline itself still reads the index in date
-- order (case_id, occurred_at come first), so nothing else changes.
DROP INDEX activities_case;
CREATE INDEX activities_case ON activities (case_id, occurred_at, kind);
