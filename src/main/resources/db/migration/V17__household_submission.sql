-- "Start the household" pressed twice makes one household: each showing of the form carries a
-- submission id, kept with the household it made (NULL for households made any other way).
ALTER TABLE household ADD COLUMN submission UUID UNIQUE;
