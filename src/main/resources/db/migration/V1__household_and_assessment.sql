-- The household record: captured once, read and written by every channel through one service.
-- Every version is kept in household_version so nothing is silently overwritten.
CREATE TABLE household (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference   VARCHAR(9)  NOT NULL UNIQUE,
    version     BIGINT      NOT NULL CHECK (version >= 1),
    data        JSONB       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE household_version (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id BIGINT      NOT NULL REFERENCES household (id),
    version      BIGINT      NOT NULL,
    data         JSONB       NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (household_id, version)
);

-- An assessment keeps exactly what was decided, with the versions of the rules and rates used,
-- so it can be shown and explained again after the rates change.
CREATE TABLE assessment (
    id                    UUID        PRIMARY KEY,
    household_reference   VARCHAR(9)  NOT NULL REFERENCES household (reference),
    household_version     BIGINT      NOT NULL,
    assessment_date       DATE        NOT NULL,
    rule_base_version     VARCHAR(64) NOT NULL,
    parameter_set_version VARCHAR(64) NOT NULL,
    result                JSONB       NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL
);

CREATE INDEX assessment_by_household ON assessment (household_reference, created_at DESC);
