-- Stable identities and incremental relinking.
--
-- Claim ids no longer depend on position alone: a claim is named by its document, its evidence
-- span and its rank among the claims resting on that same span (sha12-start-end-k), so it keeps
-- its id when rules change and its span stays. Existing claims are renamed in place, keeping
-- their incident memberships.
CREATE TABLE claim_id_map (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL);
INSERT INTO claim_id_map (old_id, new_id)
SELECT c.id, SUBSTR(c.doc_sha, 1, 12) || '-' || COALESCE(c.evidence_start, -1) || '-' || COALESCE(c.evidence_end, -1) || '-'
       || (SELECT COUNT(*) FROM claims d WHERE d.doc_sha = c.doc_sha
             AND COALESCE(d.evidence_start, -1) = COALESCE(c.evidence_start, -1)
             AND COALESCE(d.evidence_end, -1) = COALESCE(c.evidence_end, -1) AND d.ordinal <= c.ordinal)
FROM claims c;
INSERT INTO claims (id, doc_sha, ordinal, kind, stance, source_actor, perpetrator_actor, event_type, date_from, date_to,
                    country, admin1, killed, civilians_killed, children_killed, women_killed, combatants_killed, injured,
                    evidence_start, evidence_end, json)
SELECT m.new_id, c.doc_sha, c.ordinal, c.kind, c.stance, c.source_actor, c.perpetrator_actor, c.event_type, c.date_from,
       c.date_to, c.country, c.admin1, c.killed, c.civilians_killed, c.children_killed, c.women_killed,
       c.combatants_killed, c.injured, c.evidence_start, c.evidence_end, c.json
FROM claims c JOIN claim_id_map m ON m.old_id = c.id;
UPDATE incident_claims SET claim_id = (SELECT new_id FROM claim_id_map WHERE old_id = incident_claims.claim_id);
DELETE FROM claims WHERE id IN (SELECT old_id FROM claim_id_map);
DROP TABLE claim_id_map;

-- What linking compares first, kept with each claim so that a run relinks only the claims new
-- or changed claims can reach: the days linking places the claim on (its event, else its
-- report's day), the hash of its evidence sentence (copies of one text), and whether it has
-- been linked as it now stands. Null days: the claim links only as a copy.
ALTER TABLE claims ADD COLUMN link_from BIGINT;
ALTER TABLE claims ADD COLUMN link_to BIGINT;
ALTER TABLE claims ADD COLUMN evidence_key BIGINT;
ALTER TABLE claims ADD COLUMN linked INTEGER NOT NULL DEFAULT 0;
CREATE INDEX claims_unlinked ON claims (linked);

-- Where a claim that changed or left stood when it was last linked, so that relinking revisits
-- its neighbours and its incident; emptied by each relink.
CREATE TABLE relink_seeds (
    claim_id      TEXT NOT NULL,
    incident_id   TEXT,
    link_from     BIGINT,
    link_to       BIGINT,
    evidence_key  BIGINT
);

-- Every incident id ever given, so that none is reused for another incident, and where an id
-- merged into another now points (old links keep working).
CREATE TABLE incident_ids (
    id          TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,
    retired_at  TEXT,
    successor   TEXT
);
INSERT INTO incident_ids (id, created_at) SELECT id, '1970-01-01T00:00:00Z' FROM incidents;
-- The stored claims' JSON became the contract's (with their spans): every document is read again on the next run.
DELETE FROM extractions;

-- Which build of the linker last linked the claims: another build relinks them all.
CREATE TABLE pipeline_state (
    name   VARCHAR(64) PRIMARY KEY,
    value  TEXT NOT NULL
);
