package org.raqib.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.raqib.export.IncidentExport;
import org.raqib.json.ClaimJson;
import org.raqib.model.Incident;
import org.raqib.model.SourcedClaim;
import org.raqib.search.SearchIndex;
import org.raqib.search.SearchQuery;
import org.raqib.search.SearchResult;
import org.raqib.store.ArchivedDocument;

/** The JSON API's handlers (routes and their documentation: {@link Routes}). */
final class Api {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final int MAX_MAP = 20_000;

    private final RecordReader record;
    private final SearchIndex search;
    private final SearchSync sync;
    private final JsonCache json;

    Api(RecordReader record, SearchIndex search, SearchSync sync) {
        this.record = record;
        this.json = new JsonCache(record);
        this.search = search;
        this.sync = sync;
    }

    /** Searches, first bringing the index up to date when the record changed (a no-op otherwise). */
    SearchResult search(String text, String country, String year, String outlet, int limit) {
        SearchQuery q;
        try {
            q = SearchQuery.of(text, country, year, outlet, limit);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        if (sync != null) sync.sync();
        try {
            return search.search(q);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    void incidents(Context ctx) {
        Params p = params(ctx);
        IncidentFilter f = IncidentFilter.of(p);
        int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        RecordReader.IncidentPage page = record.incidents(f, Cursor.decode(p.get("cursor")), limit);
        StringBuilder b = new StringBuilder(64 + 1500 * page.incidents().size());
        b.append("{\"count\":").append(page.total()).append(",\"limit\":").append(limit).append(",\"next_cursor\":")
                .append(page.next() == null ? "null" : '"' + page.next().encode() + '"').append(",\"data\":[");
        for (int k = 0; k < page.incidents().size(); k++) b.append(k == 0 ? "" : ",").append(json.incident(page.incidents().get(k)));
        send(ctx, b.append("]}").toString(), "application/json");
    }

    void incident(Context ctx) {
        params(ctx);
        Incident i = record.incident(ctx.pathParam("id")).orElseThrow(() -> new BadRequest(404, "no incident with this id"));
        ObjectNode o = ApiJson.incident(i);
        ArrayNode claims = o.putArray("claims");
        for (SourcedClaim c : record.claimsOf(i)) claims.add(ApiJson.claim(c, record.urlsBySha().get(c.docSha()), i.id()));
        send(ctx, o);
    }

    void claims(Context ctx) {
        Params p = params(ctx);
        ClaimFilter f = ClaimFilter.of(p);
        int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<SourcedClaim> page = record.claims(f, p.get("cursor"), limit + 1);
        ObjectNode o = ClaimJson.mapper().createObjectNode();
        o.put("limit", limit);
        o.put("next_cursor", page.size() > limit ? page.get(limit - 1).id() : null);
        ArrayNode data = o.putArray("data");
        for (SourcedClaim c : page.subList(0, Math.min(limit, page.size()))) {
            data.add(ApiJson.claim(c, record.urlsBySha().get(c.docSha()), record.incidentOfClaim(c.id())));
        }
        send(ctx, o);
    }

    void documents(Context ctx) {
        Params p = params(ctx);
        int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<DocumentInfo> page = record.documents(p.get("cursor"), limit + 1);
        ObjectNode o = ClaimJson.mapper().createObjectNode();
        o.put("limit", limit);
        o.put("next_cursor", page.size() > limit ? page.get(limit - 1).sha256() : null);
        ArrayNode data = o.putArray("data");
        for (DocumentInfo d : page.subList(0, Math.min(limit, page.size()))) data.add(ApiJson.document(d));
        send(ctx, o);
    }

    void document(Context ctx) {
        params(ctx);
        String sha = Pages.sha(ctx.pathParam("sha256"));
        ArchivedDocument d = record.document(sha).orElseThrow(() -> new BadRequest(404, "no document with this SHA-256"));
        ObjectNode o = ApiJson.document(DocumentInfo.of(d));
        o.put("hash_verified", d.verifies());
        ArrayNode claims = o.putArray("claims");
        for (SourcedClaim c : record.claims(new ClaimFilter(sha, null, null, null, null, null), null, MAX_LIMIT)) claims.add(c.id());
        send(ctx, o);
    }

    void search(Context ctx) {
        Params p = params(ctx);
        SearchResult r = search(p.get("q"), p.get("country"), p.get("year"), p.get("outlet"), p.integer("limit", 10, 1, 100));
        send(ctx, ClaimJson.mapper().valueToTree(r));
    }

    void map(Context ctx) {
        Params p = params(ctx);
        IncidentFilter f = IncidentFilter.of(p);
        int limit = p.integer("limit", MAX_MAP, 1, MAX_MAP);
        send(ctx, MapData.rows(record.incidents(f, null, Integer.MAX_VALUE).incidents(), limit, json), "application/json");
    }

    void timeline(Context ctx) {
        Params p = params(ctx);
        List<Timeline.Week> weeks = Timeline.weeks(record.incidents(IncidentFilter.of(p), null, Integer.MAX_VALUE).incidents());
        ObjectNode o = ClaimJson.mapper().createObjectNode();
        o.set("weeks", ClaimJson.mapper().valueToTree(weeks));
        send(ctx, o);
    }

    /** The current filter through the project's own export (the same files as {@code raqib export}). */
    void export(Context ctx) throws Exception {
        Params p = params(ctx);
        IncidentExport.Format format = p.code("format", IncidentExport.Format.class, Enum::name);
        if (format == null) throw new BadRequest("parameter 'format' is required (csv, geojson or json)");
        List<Incident> incidents = record.incidents(IncidentFilter.of(p), null, Integer.MAX_VALUE).incidents();
        ctx.contentType(switch (format) {
            case csv -> "text/csv; charset=utf-8";
            case geojson -> "application/geo+json";
            case json -> "application/json";
        });
        ctx.header("Content-Disposition", "attachment; filename=\"raqib-incidents." + format.name() + "\"");
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        IncidentExport export = new IncidentExport(format, w, format == IncidentExport.Format.csv);
        export.begin();
        for (Incident i : incidents) export.add(i, record.claimsById(), record.urlsBySha());
        export.end();
        w.flush();
    }

    static Params params(Context ctx) { return new Params(ctx.queryParamMap()); }

    private static void send(Context ctx, JsonNode o) { send(ctx, o.toString(), "application/json"); }

    private static void send(Context ctx, String json, String type) {
        ctx.contentType(type + "; charset=utf-8");
        ctx.result(json);
    }
}
