-- Claims an analyst added where the extractor found none, by selecting their text: made_by names
-- the analyst (NULL: the machine's). Re-extraction replaces only the machine's claims.
ALTER TABLE claims ADD COLUMN made_by TEXT;
