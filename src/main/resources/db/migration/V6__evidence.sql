-- Evidence a claimant gives: PDF, JPEG or PNG, checked by content when uploaded, kept in the
-- database with what it evidences. The name is the one the file had, for display only.
CREATE TABLE evidence_document (
    id                  UUID         PRIMARY KEY,
    household_reference VARCHAR(9)   NOT NULL REFERENCES household (reference),
    evidences           VARCHAR(32)  NOT NULL,
    file_name           VARCHAR(120) NOT NULL,
    media_type          VARCHAR(32)  NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes          INTEGER      NOT NULL CHECK (size_bytes > 0),
    sha256              CHAR(64)     NOT NULL,
    content             BYTEA        NOT NULL,
    uploaded_by         VARCHAR(64)  NOT NULL,
    uploaded_at         TIMESTAMPTZ  NOT NULL
);

CREATE INDEX evidence_by_household ON evidence_document (household_reference, uploaded_at DESC);
