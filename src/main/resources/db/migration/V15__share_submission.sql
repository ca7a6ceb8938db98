-- A share is sent once however often its button is pressed (issue 18): the share page carries a
-- submission id, kept with the share it made; the same id again finds that share.
ALTER TABLE share ADD COLUMN submission UUID UNIQUE;
