-- Staff find a household by a person's National Insurance number: a JSON containment query
-- (data @> '{"people": [{"nationalInsuranceNumber": ...}]}') that this index answers.
CREATE INDEX household_data ON household USING gin (data jsonb_path_ops);
