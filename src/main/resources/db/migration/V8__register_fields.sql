-- Issue 19, point 4: what the rappel needs from the registers. The chamber (TK or EK; null when not known), the
-- Kamer's committee, and to whom it was promised: members or parties, one name a line, in the order given.
-- The register number is the commitment's reference already (TZ… for the Tweede Kamer, T0… for the Eerste).
ALTER TABLE commitment ADD COLUMN chamber VARCHAR(2);
ALTER TABLE commitment ADD COLUMN committee VARCHAR(500);
ALTER TABLE commitment ADD COLUMN promised_to VARCHAR(2000);
