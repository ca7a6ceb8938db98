-- A change of circumstances after a share: the agency gets an update that names the share it
-- follows and says what changed, not a fresh story.
ALTER TABLE share ADD COLUMN updates UUID REFERENCES share (id);
