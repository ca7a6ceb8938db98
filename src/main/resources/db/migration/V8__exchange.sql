-- The exchange API (issue 8): an agency's own system fetches its shares and acknowledges each.
ALTER TABLE share ADD COLUMN acknowledged_at TIMESTAMPTZ;

-- The transactional outbox: a share to deliver to an agency's webhook is written here in the same
-- transaction as the share, so it is delivered at least once even if the service stops between
-- the two; the idempotency key lets the agency process it once however often it arrives.
CREATE TABLE share_outbox (
    id              BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    share_id        UUID         NOT NULL REFERENCES share (id),
    agency          VARCHAR(32)  NOT NULL CHECK (agency IN ('COUNCIL', 'JOBCENTRE_PLUS')),
    idempotency_key UUID         NOT NULL UNIQUE,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    delivered_at    TIMESTAMPTZ,
    last_error      VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL
);

CREATE INDEX share_outbox_due ON share_outbox (next_attempt_at) WHERE delivered_at IS NULL;
