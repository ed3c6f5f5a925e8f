-- Issue 19, point 2: the internal deadline, the day the piece must reach the minister. By default a number of
-- working days before the Kamer's deadline: the house rule (a setting), or a dossier's own rule kept here; or a
-- date typed for one commitment, which then wins. Kept apart from the commitment: it is the ministry's own
-- arrangement, never the Kamer's, and never in an export of the register itself.
CREATE TABLE dossier_rule (
    dossier                VARCHAR(500) PRIMARY KEY,
    internal_working_days  INT NOT NULL
);

CREATE TABLE internal_deadline (
    commitment_id BIGINT PRIMARY KEY REFERENCES commitment (id),
    internal_on   DATE NOT NULL
);
