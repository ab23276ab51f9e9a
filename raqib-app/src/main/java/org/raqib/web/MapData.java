package org.raqib.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.raqib.json.ClaimJson;
import org.raqib.model.Incident;
import org.raqib.model.Place;
import org.raqib.model.Range;

/**
 * The map's data: located incidents as rows of what a marker needs (deaths for
 * its size, grade for its colour, precision for its outline) and nothing more, so a map of
 * thousands of incidents stays a small download. An incident whose place has no position
 * but a governorate is put at the governorate's seat and marked {@code placed_at: governorate}.
 */
public final class MapData {
    private MapData() {}

    /** The fields of each row of {@link #rows}, in order. */
    static final List<String> FIELDS = List.of("id", "lon", "lat", "date", "grade", "geo_precision", "placed_at", "civilians",
            "deaths", "deaths_high", "place");

    /**
     * The located incidents as rows of {@link #FIELDS} (a third of the size of GeoJSON, which
     * matters for a map of thousands: GeoJSON is what the export gives), at most {@code limit}.
     */
    static String rows(List<Incident> incidents, int limit, JsonCache cache) {
        StringBuilder b = new StringBuilder(256 + 120 * Math.min(limit, incidents.size()));
        b.append("{\"fields\":[").append(String.join(",", FIELDS.stream().map(f -> '"' + f + '"').toList())).append("],\"rows\":[");
        int located = 0, shown = 0;
        for (Incident i : incidents) {
            String row = cache.mapRow(i);
            if (row.isEmpty()) continue;
            located++;
            if (shown >= limit) continue;
            if (shown++ > 0) b.append(',');
            b.append(row);
        }
        b.append("],\"matching\":").append(incidents.size()).append(",\"located\":").append(located)
                .append(",\"truncated\":").append(located > shown).append('}');
        return b.toString();
    }

    /** One incident as a row of {@link #FIELDS}, or null when it has neither a position nor a known governorate. */
    static ArrayNode row(Incident i) {
        Place p = i.place();
        if (p == null) return null;
        boolean exact = p.lat() != null && p.lon() != null;
        double[] seat = exact ? null : GovernorateSeats.of(p.country(), p.admin1());
        if (!exact && seat == null) return null;
        Range civ = i.assessment().civiliansKilled();
        Range dead = Format.fatalities(i.assessment());
        ArrayNode r = ClaimJson.mapper().createArrayNode();
        r.add(i.id());
        r.add(Math.round((exact ? p.lon() : seat[1]) * 1e5) / 1e5);
        r.add(Math.round((exact ? p.lat() : seat[0]) * 1e5) / 1e5);
        r.add(i.date() == null ? null : i.date().from().toString());
        r.add(i.assessment().grade().code());
        // drawn at the governorate's seat: shown as governorate precision whatever the text named
        r.add(exact ? p.precision() : Integer.valueOf(3));
        r.add(exact ? "place" : "governorate");
        r.add(civ.max());
        r.add(dead.isEmpty() ? null : dead.toString());
        r.add(dead.max());
        r.add(IncidentView.place(p));
        return r;
    }
}
