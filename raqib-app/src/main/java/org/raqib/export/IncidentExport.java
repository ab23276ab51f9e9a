package org.raqib.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raqib.json.ClaimJson;
import org.raqib.model.Assessment;
import org.raqib.model.Category;
import org.raqib.model.Incident;
import org.raqib.model.Place;
import org.raqib.model.Range;
import org.raqib.model.SourcedClaim;

/**
 * Writes incidents with their claims and sources as CSV (columns an ACLED or UCDP user
 * recognises), GeoJSON (a FeatureCollection, one Point a located incident, null geometry
 * otherwise) or JSON. Figures are ranges over independent sources: "low" is the lowest
 * source's figure, "high" the highest, and "best" the lowest (the conservative reading,
 * as ACLED codes fatalities).
 */
public final class IncidentExport {
    public enum Format { csv, geojson, json }

    /** The CSV header; the README documents each column. */
    public static final List<String> CSV_COLUMNS = List.of("incident_id", "event_date", "event_date_end", "year",
            "kind", "event_type", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "actor1",
            "accused_statement", "acknowledged_civilians", "grade", "fatalities_low", "fatalities_best", "fatalities_high", "civilians_low",
            "civilians_high", "children_low", "children_high", "women_low", "women_high", "combatants_low",
            "combatants_high", "injured_low", "injured_high", "sources_count", "source_actors", "outlets", "claims",
            "urls");

    private final Format format;
    private final Writer out;
    private final boolean bom;
    private JsonGenerator json;
    /** The claims and document URLs of the incident being written. */
    private Map<String, SourcedClaim> claims = Map.of();
    private Map<String, String> urls = Map.of();

    /**
     * An export to {@code out}, written one incident at a time ({@link #begin}, {@link #add}
     * for each, {@link #end}), so memory does not grow with the number of incidents.
     * {@code bom}: start a CSV with a UTF-8 byte order mark, without which spreadsheets read
     * Arabic as Latin-1.
     */
    public IncidentExport(Format format, Writer out, boolean bom) {
        this.format = format;
        this.out = out;
        this.bom = bom;
    }

    /** All in one go: the incidents, their claims by claim id and their documents' URLs by SHA-256. */
    public static void write(List<Incident> incidents, Map<String, SourcedClaim> claims, Map<String, String> urls,
                             Format format, Writer out) throws IOException {
        IncidentExport e = new IncidentExport(format, out, false);
        e.begin();
        for (Incident i : incidents) e.add(i, claims, urls);
        e.end();
    }

    public void begin() throws IOException {
        switch (format) {
            case csv -> {
                if (bom) out.write('\uFEFF');
                out.write(String.join(",", CSV_COLUMNS));
                out.write("\r\n");
            }
            case geojson -> {
                json = generator();
                json.writeStartObject();
                json.writeStringField("type", "FeatureCollection");
                json.writeArrayFieldStart("features");
            }
            case json -> {
                json = generator();
                json.writeStartArray();
            }
        }
    }

    /** Writes one incident; {@code claims} by claim id and {@code urls} by document SHA-256 need hold only its own. */
    public void add(Incident i, Map<String, SourcedClaim> claims, Map<String, String> urls) throws IOException {
        this.claims = claims;
        this.urls = urls;
        switch (format) {
            case csv -> csvRow(i);
            case geojson -> json.writeTree(feature(i));
            case json -> json.writeTree(incidentJson(i));
        }
    }

    public void end() throws IOException {
        if (format == Format.csv) {
            out.flush();
            return;
        }
        json.writeEndArray();
        if (format == Format.geojson) json.writeEndObject();
        json.flush();
        out.write("\n");
        out.flush();
    }

    private JsonGenerator generator() throws IOException {
        // the Writer may be standard output: the generator must not close it
        JsonGenerator g = ClaimJson.mapper().getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).disable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        return g;
    }

    private void csvRow(Incident i) throws IOException {
        Assessment a = i.assessment();
        Place p = i.place();
        Range fatalities = fatalities(a);
        List<String> row = new ArrayList<>(CSV_COLUMNS.size());
        row.add(i.id());
        row.add(i.date() == null ? "" : i.date().from().toString());
        row.add(i.date() == null ? "" : i.date().to().toString());
        row.add(i.date() == null ? "" : Integer.toString(i.date().from().getYear()));
        row.add(i.kind().code());
        row.add(i.eventType().code());
        row.add(p == null || p.country() == null ? "" : p.country());
        row.add(p == null || p.admin1() == null ? "" : p.admin1());
        row.add(p == null || p.name() == null ? "" : p.name());
        row.add(p == null || p.lat() == null ? "" : p.lat().toString());
        row.add(p == null || p.lon() == null ? "" : p.lon().toString());
        row.add(p == null || p.precision() == null ? "" : p.precision().toString());
        row.add(String.join(";", a.perpetrators()));
        row.add(a.accused().code());
        row.add(a.acknowledgedCivilians().isEmpty() ? "" : a.acknowledgedCivilians().toString().replace('–', '-'));
        row.add(a.grade().code());
        row.add(num(fatalities.min()));
        row.add(num(fatalities.min()));
        row.add(num(fatalities.max()));
        for (Category c : List.of(Category.CIVILIANS_KILLED, Category.CHILDREN_KILLED, Category.WOMEN_KILLED,
                Category.COMBATANTS_KILLED, Category.INJURED)) {
            row.add(num(a.range(c).min()));
            row.add(num(a.range(c).max()));
        }
        row.add(Integer.toString(a.independentSources()));
        row.add(String.join(";", sourceActors(i)));
        row.add(String.join(";", outlets(i)));
        row.add(String.join(";", i.claimIds()));
        row.add(String.join(" ", urls(i)));
        out.write(String.join(",", row.stream().map(IncidentExport::csvField).toList()));
        out.write("\r\n");
    }

    /** Deaths the incident's sources state: all dead when given, else civilians and combatants. */
    static Range fatalities(Assessment a) {
        if (!a.killed().isEmpty()) return a.killed();
        if (a.combatantsKilled().isEmpty()) return a.civiliansKilled();
        if (a.civiliansKilled().isEmpty()) return a.combatantsKilled();
        return new Range(a.civiliansKilled().min() + a.combatantsKilled().min(), a.civiliansKilled().max() + a.combatantsKilled().max());
    }

    private ObjectNode feature(Incident i) {
        ObjectNode f = ClaimJson.mapper().createObjectNode();
        f.put("type", "Feature");
        f.put("id", i.id());
        Place p = i.place();
        if (p != null && p.lat() != null && p.lon() != null) {
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(p.lon()).add(p.lat()); // GeoJSON: longitude first
        } else {
            f.putNull("geometry");
        }
        f.set("properties", incidentJson(i));
        return f;
    }

    private ObjectNode incidentJson(Incident i) {
        ObjectMapper m = ClaimJson.mapper();
        ObjectNode o = m.createObjectNode();
        Assessment a = i.assessment();
        o.put("id", i.id());
        o.put("kind", i.kind().code());
        o.put("event_type", i.eventType().code());
        if (i.date() == null) o.putNull("date");
        else o.putObject("date").put("from", i.date().from().toString()).put("to", i.date().to().toString());
        Place p = i.place();
        if (p == null) {
            o.putNull("place");
        } else {
            ObjectNode po = o.putObject("place");
            po.put("name", p.name()).put("admin1", p.admin1()).put("country", p.country());
            if (p.lat() == null) po.putNull("lat"); else po.put("lat", p.lat());
            if (p.lon() == null) po.putNull("lon"); else po.put("lon", p.lon());
            if (p.precision() == null) po.putNull("precision"); else po.put("precision", p.precision());
        }
        ObjectNode as = o.putObject("assessment");
        as.put("grade", a.grade().code());
        as.put("accused_statement", a.accused().code());
        Range admitted = a.acknowledgedCivilians();
        if (admitted.isEmpty()) as.putNull("acknowledged_civilians");
        else as.putObject("acknowledged_civilians").put("min", admitted.min()).put("max", admitted.max());
        as.put("independent_sources", a.independentSources());
        ArrayNode perps = as.putArray("perpetrators");
        a.perpetrators().forEach(perps::add);
        for (Category c : Category.values()) {
            Range r = a.range(c);
            if (r.isEmpty()) as.putNull(c.field());
            else as.putObject(c.field()).put("min", r.min()).put("max", r.max());
        }
        ArrayNode cl = o.putArray("claims");
        for (String id : i.claimIds()) {
            SourcedClaim sc = claims.get(id);
            if (sc == null) continue;
            ObjectNode c = ClaimJson.toJson(sc.claim());
            c.put("id", id);
            c.put("document", sc.docSha());
            c.put("outlet", sc.outlet());
            c.put("url", SafeCells.httpUrl(urls.get(sc.docSha())));
            cl.add(c);
        }
        return o;
    }

    private Set<String> sourceActors(Incident i) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : i.claimIds()) {
            SourcedClaim c = claims.get(id);
            if (c != null && c.claim().source() != null) out.add(c.claim().source().actor());
        }
        return out;
    }

    private Set<String> outlets(Incident i) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : i.claimIds()) {
            SourcedClaim c = claims.get(id);
            if (c != null && c.outlet() != null) out.add(c.outlet());
        }
        return out;
    }

    private Set<String> urls(Incident i) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : i.claimIds()) {
            SourcedClaim c = claims.get(id);
            String u = c == null ? null : SafeCells.httpUrl(urls.get(c.docSha()));
            if (u != null) out.add(u);
        }
        return out;
    }

    private static String num(Long v) { return v == null ? "" : v.toString(); }

    /** RFC 4180 quoting of a cell neutralised against formulas (see {@link SafeCells#csvCell}). */
    static String csvField(String s) { return SafeCells.csvCell(s); }
}
