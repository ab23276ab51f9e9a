-- Relinking asks for the claims of nearby days and for copies of one sentence: index both.
CREATE INDEX claims_link_from ON claims (link_from);
CREATE INDEX claims_evidence_key ON claims (evidence_key);
