-- A change of circumstances after a share: the agency gets an update that names the share it
-- follows and says what changed, not a fresh story.
ALTER TABLE share ADD COLUMN updates UUID REFERENCES share (id);

-- The household version up to which a share was compared with the record and found unchanged for
-- its agency: no update to send for those versions.
ALTER TABLE share ADD COLUMN checked_version BIGINT;
