package org.raqib.store;

import java.time.Instant;

/** One change, as the audit log keeps it: in order, who, what, on which entity, with details. */
public record AuditEntry(long seq, Instant at, String actor, String action, String entity, String details) {}
