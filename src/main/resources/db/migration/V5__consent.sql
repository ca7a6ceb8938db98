-- Consent to share a household's information with an agency for a purpose: who gave it, how,
-- what it covers, who recorded it and when; withdrawn, it is kept (with when and by whom) for the
-- audit trail, and nothing more may be shared under it.
CREATE TABLE consent (
    id                  UUID         PRIMARY KEY,
    household_reference VARCHAR(9)   NOT NULL REFERENCES household (reference),
    agency              VARCHAR(32)  NOT NULL CHECK (agency IN ('COUNCIL', 'JOBCENTRE_PLUS')),
    purpose             VARCHAR(32)  NOT NULL CHECK (purpose IN ('DECIDE_CLAIMS', 'EVIDENCE')),
    given_by            VARCHAR(100) NOT NULL,
    how_given           VARCHAR(16)  NOT NULL CHECK (how_given IN ('IN_PERSON', 'BY_PHONE', 'IN_WRITING')),
    covers              TEXT         NOT NULL,
    recorded_by         VARCHAR(64)  NOT NULL,
    given_at            TIMESTAMPTZ  NOT NULL,
    withdrawn_at        TIMESTAMPTZ,
    withdrawn_by        VARCHAR(64)
);

CREATE INDEX consent_by_household ON consent (household_reference, given_at DESC);
