-- What went wrong or was cut short when a document was read: "failed: ..." (it yields no
-- claims and is not read again until the rules change) or "read the first 2 MB of 52 MB".
ALTER TABLE extractions ADD COLUMN note TEXT;
