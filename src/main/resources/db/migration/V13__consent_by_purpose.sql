-- Consent is withdrawn by agency and purpose (issue 18): withdrawing consent to see evidence hides
-- the evidence sent with the agency's shares and nothing else. So a shared document says whether it
-- is evidence, and is hidden from the agency when that consent goes. How the person withdrew
-- (in person, by phone, in writing) is recorded beside who recorded it.
ALTER TABLE consent ADD COLUMN withdrawn_how VARCHAR(16) CHECK (withdrawn_how IN ('IN_PERSON', 'BY_PHONE', 'IN_WRITING'));

ALTER TABLE share_document ADD COLUMN evidence BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE share_document ADD COLUMN withdrawn_at TIMESTAMPTZ;

-- Before this, a share's documents were its summary (position 0), then its one claim form, then
-- evidence. What comes after the form, or is not named as the summary or a claim form, is taken for
-- evidence: a form wrongly taken for evidence is only hidden with it, never the other way round.
UPDATE share_document SET evidence = TRUE
 WHERE position >= 2 OR name NOT IN ('assessment-summary.pdf', 'hb-ctr-claim.pdf', 'jobcentre-plus-referral.pdf');


-- An agency's system is told when consent to see evidence is withdrawn, as it is told of the other.
ALTER TABLE share_outbox DROP CONSTRAINT share_outbox_kind_check;
ALTER TABLE share_outbox ALTER COLUMN kind TYPE VARCHAR(24);
ALTER TABLE share_outbox ADD CONSTRAINT share_outbox_kind_check CHECK (kind IN ('SHARE', 'WITHDRAWN', 'EVIDENCE_WITHDRAWN'));
