-- Analysts' proposed grades, waiting for an editor: accepted (the grade is then set through the
-- one grading path) or declined. By incident id as it was when proposed (a merged id is followed).
-- status: open, accepted, declined.
CREATE TABLE grade_proposals (
    id               BIGINT PRIMARY KEY,
    incident_id      TEXT NOT NULL,
    grade            TEXT NOT NULL,
    reason           TEXT NOT NULL,
    proposer         TEXT NOT NULL,
    proposed_at      TEXT NOT NULL,
    status           TEXT NOT NULL,
    decided_by       TEXT,
    decided_at       TEXT
);
CREATE INDEX grade_proposals_status ON grade_proposals (status);
