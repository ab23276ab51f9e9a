-- One schema for SQLite (the embedded default) and PostgreSQL: only types and statements
-- both accept. Dates and instants are ISO-8601 text; ids are content hashes or derived from them.

-- The archive: every document exactly as captured, addressed by the SHA-256 of its bytes.
CREATE TABLE documents (
    sha256       VARCHAR(64) PRIMARY KEY,
    input_id     TEXT NOT NULL,
    url          TEXT,
    outlet       TEXT,
    captured_at  TEXT NOT NULL,
    published    TEXT,
    media_type   TEXT NOT NULL,
    title        TEXT,
    text         TEXT NOT NULL,
    fingerprint  BIGINT NOT NULL,
    content      BYTEA NOT NULL
);
CREATE INDEX documents_input_id ON documents (input_id);

-- Claims extracted from a document, in document order; json holds the whole claim with its spans.
CREATE TABLE claims (
    id                 TEXT PRIMARY KEY,
    doc_sha            VARCHAR(64) NOT NULL REFERENCES documents (sha256),
    ordinal            INTEGER NOT NULL,
    kind               TEXT NOT NULL,
    stance             TEXT NOT NULL,
    source_actor       TEXT,
    perpetrator_actor  TEXT,
    event_type         TEXT NOT NULL,
    date_from          TEXT,
    date_to            TEXT,
    country            TEXT,
    admin1             TEXT,
    killed             BIGINT,
    civilians_killed   BIGINT,
    children_killed    BIGINT,
    women_killed       BIGINT,
    combatants_killed  BIGINT,
    injured            BIGINT,
    evidence_start     INTEGER,
    evidence_end       INTEGER,
    json               TEXT NOT NULL
);
CREATE INDEX claims_doc ON claims (doc_sha);

-- Incidents as the linker last computed them, with their assessment.
CREATE TABLE incidents (
    id                   TEXT PRIMARY KEY,
    kind                 TEXT NOT NULL,
    event_type           TEXT NOT NULL,
    date_from            TEXT,
    date_to              TEXT,
    country              TEXT,
    admin1               TEXT,
    location             TEXT,
    latitude             DOUBLE PRECISION,
    longitude            DOUBLE PRECISION,
    geo_precision        INTEGER,
    grade                TEXT NOT NULL,
    accused_statement    TEXT NOT NULL,
    independent_sources  INTEGER NOT NULL,
    perpetrators         TEXT NOT NULL,
    civilians_min        BIGINT,
    civilians_max        BIGINT,
    json                 TEXT NOT NULL
);

CREATE TABLE incident_claims (
    incident_id  TEXT NOT NULL REFERENCES incidents (id),
    claim_id     TEXT NOT NULL REFERENCES claims (id),
    PRIMARY KEY (incident_id, claim_id)
);
CREATE INDEX incident_claims_claim ON incident_claims (claim_id);

-- Analysts' decisions, kept across re-linking (incident ids do not depend on ingestion order).
CREATE TABLE analyst_grades (
    incident_id  TEXT PRIMARY KEY,
    grade        TEXT NOT NULL,
    analyst      TEXT NOT NULL,
    reason       TEXT,
    set_at       TEXT NOT NULL
);

-- Every change, appended in the transaction that makes it; never updated or deleted.
CREATE TABLE audit_log (
    seq      BIGINT PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    entity   TEXT NOT NULL,
    details  TEXT
);
