-- Which extractor last read each document: `raqib run` extracts only the documents that are
-- new or were read by another build of the rules (or another gazetteer), not the whole archive.
-- Kept apart from documents so that the archive table is only ever inserted into.
CREATE TABLE extractions (
    doc_sha       VARCHAR(64) PRIMARY KEY REFERENCES documents (sha256),
    extractor     TEXT NOT NULL,
    extracted_at  TEXT NOT NULL
);
