-- Schema version 15 (both engines): data only.
-- A case's next deadline now forgets a certificate once it is issued
-- (CaseDeadlines, refreshed in the transaction that issues or voids it), so
-- the dashboard, the case list, the certificates due and the CLI give one
-- answer. Cases that were left waiting on a Part already issued wait on
-- nothing more: at the stages that wait on a certificate, nothing else is
-- pending, so the next deadline is empty.
UPDATE cases SET next_deadline = NULL, next_deadline_kind = NULL
WHERE next_deadline_kind IN ('certificate_part1', 'certificate_part2', 'certificate_part3')
  AND EXISTS (SELECT 1 FROM certificates k
              WHERE k.case_id = cases.id AND k.status = 'issued'
                AND cases.next_deadline_kind = 'certificate_part' || k.part);
