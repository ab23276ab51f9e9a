package org.raqib.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.raqib.json.ClaimJson;
import org.raqib.model.Incident;
import org.raqib.model.Place;
import org.raqib.model.Range;

/**
 * The map's data: located incidents as GeoJSON points with what a marker needs (deaths for
 * its size, grade for its colour, precision for its outline) and nothing more, so a map of
 * thousands of incidents stays a small download. An incident whose place has no position
 * but a governorate is put at the governorate's seat and marked {@code placed_at: governorate}.
 */
public final class MapData {
    private MapData() {}

    public static ObjectNode features(List<Incident> incidents, int limit) {
        ObjectNode fc = ClaimJson.mapper().createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        int located = 0;
        for (Incident i : incidents) {
            Place p = i.place();
            if (p == null) continue;
            boolean exact = p.lat() != null && p.lon() != null;
            double[] seat = exact ? null : GovernorateSeats.of(p.country(), p.admin1());
            if (!exact && seat == null) continue;
            located++;
            if (features.size() >= limit) continue;
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", i.id());
            f.putObject("geometry").put("type", "Point").putArray("coordinates")
                    .add(exact ? p.lon() : seat[1]).add(exact ? p.lat() : seat[0]);
            ObjectNode props = f.putObject("properties");
            props.put("date", i.date() == null ? null : i.date().from().toString());
            props.put("place", IncidentView.place(p));
            // drawn at the governorate's seat: shown as governorate precision whatever the text named
            props.put("geo_precision", exact ? p.precision() : Integer.valueOf(3));
            props.put("placed_at", exact ? "place" : "governorate");
            props.put("grade", i.assessment().grade().code());
            props.put("kind", i.kind().code());
            Range civ = i.assessment().civiliansKilled();
            Range dead = Format.fatalities(i.assessment());
            props.put("civilians", civ.max());
            props.put("deaths", dead.isEmpty() ? null : dead.toString());
            props.put("deaths_high", dead.max());
        }
        fc.put("matching", incidents.size());
        fc.put("located", located);
        fc.put("truncated", located > features.size());
        return fc;
    }
}
