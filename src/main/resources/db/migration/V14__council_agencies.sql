-- Each English council is its own agency (issue 18, ADR 0009): a share to "the council" goes to the
-- council of the household's home, by its ONS code, and only that council's officers and system see
-- it. Consent to share with the council is consent for that council. A council benefits officer
-- works for one council. NULL for Jobcentre Plus, which stays one agency.
ALTER TABLE share ADD COLUMN council VARCHAR(9);
ALTER TABLE consent ADD COLUMN council VARCHAR(9);
ALTER TABLE staff_account ADD COLUMN council VARCHAR(9);

-- Shares and consents made before this have no council yet: sharing.CouncilBackfill fills it in from
-- the household's home when the service starts. Until then, and where the home's council is not
-- known, no council's officers see them.
DROP INDEX share_by_agency;
CREATE INDEX share_by_agency ON share (agency, council, sent_at DESC) WHERE withdrawn_at IS NULL;
