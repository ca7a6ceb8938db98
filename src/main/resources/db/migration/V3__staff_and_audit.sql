-- Staff accounts. One role each: what an account may do follows from it alone. The password is an
-- Argon2id hash in PHC form ($argon2id$v=19$m=...,t=...,p=...$salt$hash); an account signed in
-- through OpenID Connect still needs a row here, which is where its role comes from.
CREATE TABLE staff_account (
    id               BIGSERIAL   PRIMARY KEY,
    username         VARCHAR(64) NOT NULL UNIQUE CHECK (username = lower(username)),
    display_name     VARCHAR(100) NOT NULL,
    role             VARCHAR(32) NOT NULL CHECK (role IN ('ADVISER', 'VISITING_OFFICER', 'COUNCIL_OFFICER',
                                                         'JOBCENTRE_OFFICER', 'COMPLIANCE_OFFICER', 'ADMINISTRATOR')),
    password_hash    VARCHAR(200),
    failed_sign_ins  INTEGER     NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    active           BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMPTZ NOT NULL
);

-- A signed-in session. The signed token in the browser's cookie names its session; a session that
-- has ended (signed out, deactivated) or been idle too long lets nobody in, whatever the token says.
CREATE TABLE staff_session (
    id             UUID        PRIMARY KEY,
    account_id     BIGINT      NOT NULL REFERENCES staff_account (id),
    csrf_token     CHAR(43)    NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL,
    last_seen_at   TIMESTAMPTZ NOT NULL,
    ended_at       TIMESTAMPTZ,
    client_address VARCHAR(64)
);

CREATE INDEX staff_session_account ON staff_session (account_id);

-- The audit trail: who did what to which record, when and from where. Append-only: each entry
-- carries the SHA-256 of the one before and of itself, so a deleted or altered entry breaks the
-- chain; the trigger refuses changes made through the application's own connection.
CREATE TABLE audit_entry (
    seq            BIGSERIAL   PRIMARY KEY,
    at             TIMESTAMPTZ NOT NULL,
    actor          VARCHAR(64) NOT NULL,
    role           VARCHAR(32) NOT NULL,
    action         VARCHAR(32) NOT NULL,
    record_type    VARCHAR(32) NOT NULL,
    record_id      VARCHAR(64),
    client_address VARCHAR(64),
    previous_hash  CHAR(64)    NOT NULL,
    hash           CHAR(64)    NOT NULL UNIQUE
);

CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
