-- A kiosk session: the answers of one person at a shared kiosk while they are being given.
-- The browser holds only a random token; the row is found by the token's SHA-256, so the table
-- alone does not let anyone take over a session. A session ends (row deleted) when the person
-- finishes, or when nobody has used it for the idle timeout: nothing of theirs is kept here after.
-- The household record it creates is kept, like every channel's: that is what the reference is for.
CREATE TABLE kiosk_session (
    token_hash          CHAR(64)    PRIMARY KEY,
    csrf_token          CHAR(43)    NOT NULL,
    language            VARCHAR(5)  NOT NULL,
    answers             JSONB       NOT NULL,
    household_reference VARCHAR(9)  REFERENCES household (reference),
    assessment_id       UUID        REFERENCES assessment (id),
    -- the better-off figure for the confirmed answers: worked out once (a sweep of the claimant's
    -- hours), shown each time the results page is, deleted with the session
    better_off          TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    last_seen_at        TIMESTAMPTZ NOT NULL
);

CREATE INDEX kiosk_session_last_seen ON kiosk_session (last_seen_at);
