-- A share: what one agency was sent about one household (issue 8), frozen when it was sent: only
-- the values its benefits need (rules/sharing.yaml), their results, and the documents. The agency's
-- officers see it until consent is withdrawn; after that it is kept for the audit trail only.
CREATE TABLE share (
    id                  UUID         PRIMARY KEY,
    household_reference VARCHAR(9)   NOT NULL REFERENCES household (reference),
    agency              VARCHAR(32)  NOT NULL CHECK (agency IN ('COUNCIL', 'JOBCENTRE_PLUS')),
    lawful_basis        VARCHAR(64)  NOT NULL,
    household_version   BIGINT       NOT NULL,
    assessment_id       UUID         NOT NULL REFERENCES assessment (id),
    content             JSONB        NOT NULL,
    status              VARCHAR(32)  NOT NULL CHECK (status IN ('SENT', 'OPENED', 'ACCEPTED', 'MORE_INFORMATION_REQUESTED')),
    sent_by             VARCHAR(64)  NOT NULL,
    sent_at             TIMESTAMPTZ  NOT NULL,
    updated_by          VARCHAR(64),
    updated_at          TIMESTAMPTZ,
    more_information    TEXT,
    withdrawn_at        TIMESTAMPTZ
);

CREATE INDEX share_by_agency ON share (agency, sent_at DESC) WHERE withdrawn_at IS NULL;
CREATE INDEX share_by_household ON share (household_reference, sent_at DESC);

-- The documents sent with a share, copied so that what was sent stays as it was.
CREATE TABLE share_document (
    id         UUID         PRIMARY KEY,
    share_id   UUID         NOT NULL REFERENCES share (id),
    position   INT          NOT NULL,
    name       VARCHAR(200) NOT NULL,
    media_type VARCHAR(64)  NOT NULL,
    content    BYTEA        NOT NULL
);

CREATE INDEX share_document_by_share ON share_document (share_id, position);
