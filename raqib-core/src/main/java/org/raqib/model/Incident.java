package org.raqib.model;

import java.util.List;

/**
 * Claims from one or more reports about the same attack (or the same tally), with their
 * assessment. {@code id} is derived from the smallest claim id in it, so it does not depend
 * on the order reports arrived in. Date, place and event type are those most claims state.
 */
public record Incident(String id, Kind kind, List<String> claimIds, DateRange date, Place place, EventType eventType,
                       Assessment assessment) {
    public Incident {
        claimIds = List.copyOf(claimIds);
    }
}
