-- Analysts' workbench: accounts, their sessions and API tokens, and reviews of claims.
-- Secrets are never stored: passwords as Argon2id hashes, session ids and tokens as SHA-256.
CREATE TABLE users (
    name           TEXT PRIMARY KEY,
    role           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    disabled       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);

CREATE TABLE sessions (
    id_hash     VARCHAR(64) PRIMARY KEY,
    user_name   TEXT NOT NULL REFERENCES users (name),
    csrf_token  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_name);

CREATE TABLE api_tokens (
    token_hash  VARCHAR(64) PRIMARY KEY,
    user_name   TEXT NOT NULL REFERENCES users (name),
    label       TEXT,
    created_at  TEXT NOT NULL
);

-- A review sits beside the machine's claim, keyed by the claim's stable id (document, evidence
-- span), never over it: no foreign key, so that it outlives re-extraction. machine_sha is the
-- SHA-256 of the machine's claim JSON when it was reviewed; version counts saves (optimistic locking).
CREATE TABLE claim_reviews (
    claim_id        TEXT PRIMARY KEY,
    status          TEXT NOT NULL,
    corrected_json  TEXT,
    machine_sha     VARCHAR(64) NOT NULL,
    reviewer        TEXT NOT NULL,
    reviewed_at     TEXT NOT NULL,
    version         INTEGER NOT NULL
);

-- Editors' decisions on linking, kept as constraints the linker respects on every later run:
-- 'must' (merge, move into) and 'cannot' (split out, move away) between two claims, the pair
-- written in order (claim_a < claim_b); a later decision on a pair replaces the earlier one.
CREATE TABLE link_constraints (
    claim_a     TEXT NOT NULL,
    claim_b     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    actor       TEXT NOT NULL,
    reason      TEXT,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (claim_a, claim_b)
);

-- Editors' publication decisions, by incident id (stable across relinks). A deployment that
-- reviews before publishing shows only incidents published here; one that publishes everything
-- (the default) shows every incident except those unpublished here.
CREATE TABLE incident_publication (
    incident_id  TEXT PRIMARY KEY,
    published    INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    set_at       TEXT NOT NULL
);
