-- Issue 17: a deleted commitment stays, marked, so that it can be put back with its history (the bin,
-- "Verwijderde toezeggingen"). Every read of the register skips a row with deleted_at set; putting it
-- back clears both columns.
ALTER TABLE commitment ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE commitment ADD COLUMN deleted_by VARCHAR(200);
