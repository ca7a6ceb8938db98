-- What an outbox entry delivers: a share, or the notice that consent to it was withdrawn, so the
-- agency's system stops using what it was sent.
ALTER TABLE share_outbox ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'SHARE' CHECK (kind IN ('SHARE', 'WITHDRAWN'));
