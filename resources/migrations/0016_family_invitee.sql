-- Schema 16: the parent or young person taken at intake is on the invitee
-- list from the start (issue 12). A referral taken from now on puts them
-- there at once. A case made before gets them the first time its Invitees
-- tab opens, once: family_invited says it was done, so someone removed from
-- the list afterwards stays removed. No rows are written here, so the audit
-- trail holds no change that nobody made.
ALTER TABLE cases ADD COLUMN family_invited INTEGER NOT NULL DEFAULT 0;
