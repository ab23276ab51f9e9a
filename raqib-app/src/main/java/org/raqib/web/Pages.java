package org.raqib.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.raqib.model.AccusedStatement;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.Kind;
import org.raqib.model.SourcedClaim;
import org.raqib.search.SearchIndex;
import org.raqib.store.ArchivedDocument;

/** The HTML pages' handlers: each reads the record, builds a view and renders its template. */
final class Pages {
    private static final int LIST_SIZE = 50;

    private final RecordReader record;
    private final SearchIndex search;
    private final Templates templates;
    private final String tiles;
    private final Api api;

    Pages(RecordReader record, SearchIndex search, Templates templates, String tiles, Api api) {
        this.api = api;
        this.record = record;
        this.search = search;
        this.templates = templates;
        this.tiles = tiles;
    }

    /** The map, the timeline and the list of incidents, all under the filters of the URL. */
    void map(Context ctx) {
        Params p = Api.params(ctx);
        IncidentFilter f = IncidentFilter.of(p);
        Map<String, Object> m = base(ctx, "title.map");
        RecordReader.IncidentPage page = record.incidents(f, Cursor.decode(p.get("cursor")), LIST_SIZE);
        List<Incident> all = record.incidents(f, null, Integer.MAX_VALUE).incidents();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Incident i : page.incidents()) {
            Map<String, Object> r = new HashMap<>();
            r.put("id", i.id());
            r.put("dates", IncidentView.dates(i));
            r.put("placeName", IncidentView.placeName(i.place()));
            r.put("region", IncidentView.region(i.place()));
            r.put("kind", lang(ctx).get("kind." + i.kind().code()));
            r.put("perpetrators", String.join(", ", i.assessment().perpetrators()));
            r.put("deaths", Format.fatalities(i.assessment()).toString());
            r.put("civilians", i.assessment().civiliansKilled().toString());
            r.put("grade", i.assessment().grade().code());
            rows.add(r);
        }
        m.put("filter", f.asParams());
        m.put("filterQuery", f.query());
        m.put("rows", rows);
        m.put("total", page.total());
        m.put("next", page.next() == null ? null : page.next().encode());
        m.put("chart", Timeline.chart(Timeline.weeks(all), 900, 160));
        m.put("tiles", tiles);
        m.put("options", options());
        ctx.html(templates.render("map", m));
    }

    void incident(Context ctx) {
        Api.params(ctx);
        String id = ctx.pathParam("id");
        var found = record.incident(id);
        if (found.isEmpty()) {
            // an incident merged into another keeps its address: links to it lead to the one it joined
            var successor = record.successor(id);
            if (successor.isPresent()) {
                ctx.redirect("/incidents/" + successor.get(), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
                return;
            }
        }
        Incident i = found.orElseThrow(() -> new BadRequest(404, "no incident with this id"));
        Map<String, Object> m = base(ctx, "title.incident");
        m.put("v", IncidentView.of(i, record.claimsOf(i), record, lang(ctx)));
        m.put("exportQuery", "");
        // analysts reach the incident's workbench page (its history, merges, grade proposals) from here
        m.put("historyLink", Access.roleOf(ctx).includes(org.raqib.accounts.Role.ANALYST));
        ctx.html(templates.render("incident", m));
    }

    /** An archived document: its hash verified now, on read; a mismatch is shown, never hidden. */
    void document(Context ctx) {
        Api.params(ctx);
        String sha = sha(ctx.pathParam("sha256"));
        ArchivedDocument d = record.document(sha).orElseThrow(() -> new BadRequest(404, "no document with this SHA-256"));
        List<SourcedClaim> claims = record.claims(new ClaimFilter(sha, null, null, null, null, null), null, Api.MAX_LIMIT);
        Map<String, Object> m = base(ctx, "title.document");
        m.put("d", DocumentInfo.of(d));
        m.put("url", Format.safeUrl(d.url()));
        m.put("verified", d.verifies());
        m.put("actualSha", ArchivedDocument.sha256(d.content()));
        m.put("pieces", Highlights.document(d.document().text(), claims.stream().map(SourcedClaim::claim).toList()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SourcedClaim c : claims) {
            Map<String, Object> r = new HashMap<>();
            r.put("id", c.id());
            r.put("incident", record.incidentOfClaim(c.id()));
            r.put("stance", lang(ctx).get("stance." + c.claim().stance().code()));
            r.put("evidence", c.claim().evidence() == null ? "" : c.claim().evidence().text());
            rows.add(r);
        }
        m.put("claims", rows);
        ctx.html(templates.render("document", m));
    }

    /** The bytes as stored, as a download: never rendered by the browser (a stored page may be hostile). */
    void original(Context ctx) {
        String sha = sha(ctx.pathParam("sha256"));
        ArchivedDocument d = record.document(sha).orElseThrow(() -> new BadRequest(404, "no document with this SHA-256"));
        ctx.contentType("application/octet-stream");
        ctx.header("Content-Disposition", "attachment; filename=\"" + sha + ".bin\"");
        ctx.header("X-Raqib-Hash-Verified", Boolean.toString(d.verifies()));
        ctx.result(d.content());
    }

    void search(Context ctx) {
        Params p = Api.params(ctx);
        Map<String, Object> m = base(ctx, "title.search");
        String q = p.get("q");
        m.put("q", q);
        m.put("country", p.get("country"));
        m.put("year", p.get("year"));
        m.put("outlet", p.get("outlet"));
        if (q != null) {
            m.put("result", api.search(q, p.get("country"), p.get("year"), p.get("outlet"), 20));
            m.put("qParam", URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        ctx.html(templates.render("search", m));
    }

    void apiDocs(Context ctx) {
        Map<String, Object> m = base(ctx, "title.api");
        m.put("routes", Routes.api(api));
        ctx.html(templates.render("api", m));
    }

    String error(Context ctx, int status, String message) {
        Map<String, Object> m = base(ctx, "title.error");
        m.put("status", status);
        m.put("message", message);
        return templates.render("error", m);
    }

    /** A SHA-256 as 64 lower-case hex digits, refused otherwise. */
    static String sha(String s) {
        if (s == null || !s.matches("[0-9a-fA-F]{64}")) throw new BadRequest(404, "not a SHA-256 (64 hex digits)");
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static Lang lang(Context ctx) {
        String l = ctx.queryParam("lang");
        return Lang.of(l == null || l.length() > 5 ? null : l, ctx.header("Accept-Language"));
    }

    /** What every page needs: the language, its direction and messages, and the link to the other language. */
    Map<String, Object> base(Context ctx, String titleKey) {
        Lang lang = lang(ctx);
        Map<String, Object> m = new HashMap<>();
        m.put("lang", lang.code());
        m.put("dir", lang.dir());
        m.put("t", lang.t());
        m.put("title", lang.get(titleKey));
        m.put("otherLang", lang.other().code());
        m.put("otherLangName", lang.get("lang.other"));
        StringBuilder q = new StringBuilder();
        ctx.queryParamMap().forEach((k, vs) -> {
            if (k.equals("lang") || vs.isEmpty()) return;
            q.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(vs.getFirst(), StandardCharsets.UTF_8)).append('&');
        });
        m.put("switchUrl", ctx.path() + "?" + q + "lang=" + lang.other().code());
        m.put("path", ctx.path());
        return m;
    }

    private volatile Map<String, Object> options;
    private volatile long optionsVersion = Long.MIN_VALUE;

    /** The values the filters can take in this record (read again when the record changes). */
    private Map<String, Object> options() {
        long v = record.version();
        if (v != optionsVersion || options == null) {
            options = readOptions();
            optionsVersion = v;
        }
        return options;
    }

    private Map<String, Object> readOptions() {
        TreeSet<String> countries = new TreeSet<>(), admin1 = new TreeSet<>(), perpetrators = new TreeSet<>();
        for (Incident i : record.incidents(IncidentFilter.ALL, null, Integer.MAX_VALUE).incidents()) {
            if (i.place() != null && i.place().country() != null) countries.add(i.place().country());
            if (i.place() != null && i.place().admin1() != null) admin1.add(i.place().admin1());
            perpetrators.addAll(i.assessment().perpetrators());
        }
        Map<String, Object> o = new HashMap<>();
        o.put("countries", countries);
        o.put("admin1", admin1);
        o.put("perpetrators", perpetrators);
        o.put("grades", java.util.Arrays.stream(Grade.values()).map(Grade::code).toList());
        o.put("kinds", java.util.Arrays.stream(Kind.values()).map(Kind::code).toList());
        o.put("stances", java.util.Arrays.stream(AccusedStatement.values()).map(AccusedStatement::code).toList());
        return o;
    }
}
