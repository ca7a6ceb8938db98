-- Runs as the owner after every migration (a Flyway callback): what the service's own role,
-- triage_app, may do. It owns nothing, so it cannot alter a table or switch a trigger off; on the
-- audit trail it may only add and read entries. A database without that role (an external one
-- where the service signs in as the owner) is left as it is: see the README, "The database".
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'triage_app') THEN
        GRANT USAGE ON SCHEMA public TO triage_app;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO triage_app;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO triage_app;
        REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_entry FROM triage_app;
        REVOKE ALL ON flyway_schema_history FROM triage_app;
    END IF;
END
$$;
