package org.raqib.web;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import org.raqib.accounts.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Every route of the site, in one place. API routes carry their description, from which
 * {@link OpenApi} writes /api/v1/openapi.json and the API page lists them, so what is
 * documented and what is served cannot drift apart (the API test calls each one).
 */
public final class Routes {
    /** A documented API route: its path, what it does, its parameters and the schema of its answer. */
    public record ApiRoute(String path, String summary, List<Param> params, String schema, String mediaType, Handler handler) {}

    /** A parameter of an API route; {@code example} is a value the API test sends. */
    public record Param(String name, String in, String type, String description, String example, List<String> values,
                        boolean required) {
        Param(String name, String in, String type, String description, String example, List<String> values) {
            this(name, in, type, description, example, values, in.equals("path"));
        }

        Param asRequired() { return new Param(name, in, type, description, example, values, true); }
    }

    /** A route with the least role that may use it: access control is this table, applied by {@link Access#require}. */
    public record Route(HandlerType method, String path, Role role, Handler handler) {}

    private Routes() {}

    /** Every route: the public record for anyone, the workbench's (when the site has one) for the roles they name. */
    static List<Route> all(Pages pages, Api api, Workbench workbench) {
        List<Route> out = new ArrayList<>(List.of(
                get("/", Role.ANONYMOUS, pages::map),
                get("/incidents/{id}", Role.ANONYMOUS, pages::incident),
                get("/documents/{sha256}", Role.ANONYMOUS, pages::document),
                get("/documents/{sha256}/original", Role.ANONYMOUS, pages::original),
                get("/search", Role.ANONYMOUS, pages::search),
                get("/api", Role.ANONYMOUS, pages::apiDocs),
                get("/api/v1/openapi.json", Role.ANONYMOUS, ctx -> ctx.contentType("application/json").result(OpenApi.json(api(api))))));
        for (ApiRoute r : api(api)) out.add(get(r.path(), Role.ANONYMOUS, r.handler()));
        if (workbench != null) {
            out.add(get("/login", Role.ANONYMOUS, workbench::loginForm));
            out.add(new Route(HandlerType.POST, "/login", Role.ANONYMOUS, workbench::login));
            out.add(new Route(HandlerType.POST, "/logout", Role.ANALYST, workbench::logout));
            out.add(get("/review", Role.ANALYST, workbench::queue));
            out.add(new Route(HandlerType.POST, "/review/{id}", Role.ANALYST, workbench::review));
            out.add(get("/review/documents/{sha256}", Role.ANALYST, workbench.missed()::page));
            out.add(new Route(HandlerType.POST, "/review/documents/{sha256}/claims", Role.ANALYST, workbench.missed()::add));
            out.add(get("/incidents/{id}/history", Role.ANALYST, workbench::history));
            out.add(get("/sources", Role.ANALYST, workbench::sources));
            out.add(get("/api/places", Role.ANALYST, workbench::placeSuggestions));
            out.add(new Route(HandlerType.POST, "/incidents/{id}/publish", Role.EDITOR, workbench::publish));
            out.add(new Route(HandlerType.POST, "/incidents/{id}/grade", Role.EDITOR, workbench::grade));
            out.add(new Route(HandlerType.POST, "/incidents/{id}/merge", Role.EDITOR, workbench.editing()::merge));
            out.add(new Route(HandlerType.POST, "/claims/{id}/split", Role.EDITOR, workbench.editing()::split));
            out.add(new Route(HandlerType.POST, "/claims/{id}/move", Role.EDITOR, workbench.editing()::move));
            out.add(new Route(HandlerType.POST, "/incidents/{id}/grade-proposals", Role.ANALYST, workbench.editing()::proposeGrade));
            out.add(new Route(HandlerType.POST, "/grade-proposals/{id}/accept", Role.EDITOR, workbench.editing()::acceptProposal));
            out.add(new Route(HandlerType.POST, "/grade-proposals/{id}/decline", Role.EDITOR, workbench.editing()::declineProposal));
        }
        return out;
    }

    static void register(Javalin app, List<Route> routes, Access access) {
        for (Route r : routes) {
            app.addHttpHandler(r.method(), r.path(), access == null ? r.handler() : access.require(r.role(), r.handler()));
        }
    }

    private static Route get(String path, Role role, Handler handler) { return new Route(HandlerType.GET, path, role, handler); }

    static final List<Param> INCIDENT_FILTERS = List.of(
            query("country", "string", "ISO 3166-1 alpha-2 code of the country", "SY"),
            query("admin1", "string", "first-level division (governorate, province) in its English name", "Deir ez-Zor"),
            query("from", "string", "incidents on or after this day (YYYY-MM-DD)", "2018-01-01"),
            query("to", "string", "incidents on or before this day (YYYY-MM-DD)", "2018-12-31"),
            query("perpetrator", "string", "actor code of an alleged perpetrator, e.g. COALITION", "COALITION"),
            new Param("grade", "query", "string", "grade of the incident", "fair", List.of("confirmed", "fair", "weak", "contested", "discounted")),
            new Param("kind", "query", "string", "incident (one attack) or aggregate (a tally)", "incident", List.of("incident", "aggregate")),
            new Param("stance", "query", "string", "what the accused party said", "denied", List.of("none", "denied", "acknowledged")));

    static final Param BBOX = query("bbox", "string", "minLon,minLat,maxLon,maxLat", "35,30,45,38");
    static final Param CURSOR = query("cursor", "string", "next_cursor of the previous page", null);
    static final Param LIMIT = query("limit", "integer", "page size, 1 to " + Api.MAX_LIMIT + " (default " + Api.DEFAULT_LIMIT + ")", "10");

    static List<ApiRoute> api(Api api) {
        List<Param> incidentParams = new ArrayList<>(INCIDENT_FILTERS);
        incidentParams.addAll(List.of(BBOX, CURSOR, LIMIT));
        List<Param> mapParams = new ArrayList<>(INCIDENT_FILTERS);
        mapParams.addAll(List.of(BBOX, query("limit", "integer", "at most this many features, 1 to " + Api.MAX_MAP, "1000")));
        List<Param> exportParams = new ArrayList<>(INCIDENT_FILTERS);
        exportParams.add(BBOX);
        exportParams.addFirst(new Param("format", "query", "string", "csv (ACLED/UCDP columns), geojson or json", "csv",
                List.of("csv", "geojson", "json")).asRequired());
        return List.of(
                new ApiRoute("/api/v1/incidents", "Incidents matching the filters, by date, a page at a time",
                        incidentParams, "IncidentPage", "application/json", api::incidents),
                new ApiRoute("/api/v1/incidents/{id}", "One incident with its claims",
                        List.of(new Param("id", "path", "string", "incident id", null, null)), "IncidentWithClaims",
                        "application/json", api::incident),
                new ApiRoute("/api/v1/claims", "Claims (one statement of harm in one report), by id",
                        List.of(query("document", "string", "SHA-256 of the document", null),
                                new Param("stance", "query", "string", "the claim's stance", "alleges", List.of("alleges", "denies", "acknowledges")),
                                new Param("kind", "query", "string", "incident or aggregate", "incident", List.of("incident", "aggregate")),
                                query("source", "string", "actor code of the source", "SOHR"),
                                query("perpetrator", "string", "actor code of the perpetrator", "COALITION"),
                                query("country", "string", "ISO country code of the place", "SY"),
                                query("cursor", "string", "next_cursor of the previous page", null), LIMIT),
                        "ClaimPage", "application/json", api::claims),
                new ApiRoute("/api/v1/documents", "Archived documents' metadata, in capture order",
                        List.of(query("cursor", "string", "next_cursor of the previous page", null), LIMIT),
                        "DocumentPage", "application/json", api::documents),
                new ApiRoute("/api/v1/documents/{sha256}", "One document's metadata, its hash verified on read",
                        List.of(new Param("sha256", "path", "string", "SHA-256 of the document", null, null)), "Document",
                        "application/json", api::document),
                new ApiRoute("/api/v1/search", "Arabic full-text search over archived documents and claim evidence",
                        List.of(query("q", "string", "words to find (inflected forms match: غارة finds الغارات)", "غارة").asRequired(),
                                query("country", "string", "facet: ISO country code", null),
                                query("year", "string", "facet: year of publication", null),
                                query("outlet", "string", "facet: outlet", null),
                                query("limit", "integer", "at most this many hits, 1 to 100", "10")),
                        "SearchResult", "application/json", api::search),
                new ApiRoute("/api/v1/map", "Located incidents for the map, one row of 'fields' each (GeoJSON: the export)",
                        mapParams, "MapRows", "application/json", api::map),
                new ApiRoute("/api/v1/timeline", "Incidents and deaths (low and high) per week",
                        new ArrayList<>(INCIDENT_FILTERS), "Timeline", "application/json", api::timeline),
                new ApiRoute("/api/v1/export", "The filtered incidents as a CSV, GeoJSON or JSON file",
                        exportParams, null, "text/csv", api::export));
    }

    private static Param query(String name, String type, String description, String example) {
        return new Param(name, "query", type, description, example, null);
    }
}
