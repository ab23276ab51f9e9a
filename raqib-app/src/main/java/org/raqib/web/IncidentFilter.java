package org.raqib.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.raqib.model.AccusedStatement;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.Kind;
import org.raqib.model.Place;

/**
 * The filters of the map, the incident list, the API and the exports, read from the URL so
 * that a filtered view can be shared: country (ISO code), governorate (admin1), date range
 * (incidents overlapping it), alleged perpetrator (actor code), grade, kind, what the
 * accused party said (its stance), and a bounding box.
 */
public record IncidentFilter(String country, String admin1, LocalDate from, LocalDate to, String perpetrator,
                             Grade grade, Kind kind, AccusedStatement stance, double[] bbox) {
    public static final IncidentFilter ALL = new IncidentFilter(null, null, null, null, null, null, null, null, null);

    public static IncidentFilter of(Params p) {
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (from != null && to != null && to.isBefore(from)) throw new BadRequest("parameter 'to' is before 'from'");
        return new IncidentFilter(upper(p.get("country")), p.get("admin1"), from, to, upper(p.get("perpetrator")),
                p.code("grade", Grade.class, Grade::code), p.code("kind", Kind.class, Kind::code),
                p.code("stance", AccusedStatement.class, AccusedStatement::code), bbox(p.get("bbox")));
    }

    public boolean matches(Incident i) {
        Place place = i.place();
        if (country != null && (place == null || !country.equalsIgnoreCase(place.country()))) return false;
        if (admin1 != null && (place == null || !admin1.equalsIgnoreCase(place.admin1()))) return false;
        if (from != null && (i.date() == null || i.date().to().isBefore(from))) return false;
        if (to != null && (i.date() == null || i.date().from().isAfter(to))) return false;
        if (perpetrator != null && i.assessment().perpetrators().stream().noneMatch(perpetrator::equalsIgnoreCase)) return false;
        if (grade != null && i.assessment().grade() != grade) return false;
        if (kind != null && i.kind() != kind) return false;
        if (stance != null && i.assessment().accused() != stance) return false;
        if (bbox != null) {
            if (place == null || place.lat() == null || place.lon() == null) return false;
            if (place.lon() < bbox[0] || place.lat() < bbox[1] || place.lon() > bbox[2] || place.lat() > bbox[3]) return false;
        }
        return true;
    }

    /**
     * Whether the record's lists by country or by governorate answer this filter exactly: no
     * filter, or one country or one governorate and nothing else (see {@link RecordSnapshot}).
     */
    boolean exactByIndex() {
        boolean others = from != null || to != null || perpetrator != null || grade != null || kind != null || stance != null
                || bbox != null;
        return !others && (country == null || admin1 == null);
    }

    /** The filter as URL parameters (empty ones left out), in a fixed order. */
    public Map<String, String> asParams() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "country", country);
        put(m, "admin1", admin1);
        put(m, "from", from == null ? null : from.toString());
        put(m, "to", to == null ? null : to.toString());
        put(m, "perpetrator", perpetrator);
        put(m, "grade", grade == null ? null : grade.code());
        put(m, "kind", kind == null ? null : kind.code());
        put(m, "stance", stance == null ? null : stance.code());
        if (bbox != null) put(m, "bbox", bbox[0] + "," + bbox[1] + "," + bbox[2] + "," + bbox[3]);
        return m;
    }

    /** The filter as a query string without the leading '?', e.g. {@code country=SY&grade=fair}. */
    public String query() {
        StringBuilder b = new StringBuilder();
        asParams().forEach((k, v) -> {
            if (!b.isEmpty()) b.append('&');
            b.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return b.toString();
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) m.put(k, v);
    }

    private static String upper(String s) { return s == null ? null : s.toUpperCase(java.util.Locale.ROOT); }

    /** minLon,minLat,maxLon,maxLat as GeoJSON and ACLED's API order them. */
    private static double[] bbox(String s) {
        if (s == null) return null;
        String[] parts = s.split(",");
        if (parts.length != 4) throw new BadRequest("parameter 'bbox' must be minLon,minLat,maxLon,maxLat");
        double[] b = new double[4];
        try {
            for (int k = 0; k < 4; k++) b[k] = Double.parseDouble(parts[k].strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("parameter 'bbox' must be four numbers");
        }
        if (b[0] > b[2] || b[1] > b[3] || Math.abs(b[1]) > 90 || Math.abs(b[3]) > 90 || Math.abs(b[0]) > 180 || Math.abs(b[2]) > 180) {
            throw new BadRequest("parameter 'bbox' must be minLon,minLat,maxLon,maxLat within the world");
        }
        return b;
    }
}
