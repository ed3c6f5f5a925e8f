-- Issue 16: what sort of deadline a phrase gave. Null on rows from before: their dates say it (a date, a
-- window, a start or none); only a vague or recurring phrase needs the column.
ALTER TABLE commitment ADD COLUMN deadline_kind VARCHAR(20);
ALTER TABLE commitment ADD COLUMN deadline_recurrence VARCHAR(20);
