-- Who made each version of a household: shown when an adviser's answers meet a newer version, and in
-- the record's history. Versions kept before this are by someone not recorded (NULL).
ALTER TABLE household_version ADD COLUMN recorded_by VARCHAR(200);
