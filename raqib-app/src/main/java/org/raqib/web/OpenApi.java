package org.raqib.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.raqib.json.ClaimJson;

/** The OpenAPI 3 description of the API, written from the route table ({@link Routes}). */
public final class OpenApi {
    private OpenApi() {}

    public static String json(List<Routes.ApiRoute> routes) { return spec(routes).toPrettyString(); }

    public static ObjectNode spec(List<Routes.ApiRoute> routes) {
        ObjectNode o = ClaimJson.mapper().createObjectNode();
        o.put("openapi", "3.0.3");
        o.putObject("info").put("title", "Raqib API").put("version", "1")
                .put("description", "The public record of civilian harm: incidents, the claims of the reports behind them, "
                        + "the archived documents, and Arabic full-text search. Read-only. Field names follow ACLED and UCDP.");
        ObjectNode paths = o.putObject("paths");
        for (Routes.ApiRoute r : routes) {
            ObjectNode get = paths.putObject(r.path()).putObject("get");
            get.put("summary", r.summary());
            get.put("operationId", r.path().replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", ""));
            ArrayNode params = get.putArray("parameters");
            for (Routes.Param p : r.params()) {
                ObjectNode pn = params.addObject().put("name", p.name()).put("in", p.in()).put("description", p.description())
                        .put("required", p.required());
                ObjectNode schema = pn.putObject("schema").put("type", p.type());
                if (p.values() != null) p.values().forEach(schema.putArray("enum")::add);
                if (p.example() != null) pn.put("example", p.example());
            }
            ObjectNode responses = get.putObject("responses");
            ObjectNode ok = responses.putObject("200").put("description", "OK");
            ObjectNode content = ok.putObject("content").putObject(r.mediaType());
            if (r.schema() != null) content.putObject("schema").put("$ref", "#/components/schemas/" + r.schema());
            else content.putObject("schema").put("type", "string");
            responses.putObject("400").put("description", "a parameter is malformed, unknown or too long")
                    .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
            if (r.path().contains("{")) {
                responses.putObject("404").put("description", "nothing with this id")
                        .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
            }
        }
        schemas(o.putObject("components").putObject("schemas"));
        return o;
    }

    private static void schemas(ObjectNode s) {
        object(s, "Error", "status:integer", "error:string");
        object(s, "Incident", "incident_id:string", "page:string", "event_date:string", "event_date_end:string",
                "year:integer", "kind:string", "event_type:string", "country:string", "admin1:string", "location:string",
                "latitude:number", "longitude:number", "geo_precision:integer", "actor1:array", "accused_statement:string",
                "acknowledged_civilians:object", "grade:string", "fatalities_low:integer", "fatalities_best:integer",
                "fatalities_high:integer", "civilians_low:integer", "civilians_high:integer", "children_low:integer",
                "children_high:integer", "women_low:integer", "women_high:integer", "combatants_low:integer",
                "combatants_high:integer", "injured_low:integer", "injured_high:integer", "sources_count:integer", "claims:array");
        object(s, "Claim", "id:string", "document:string", "outlet:string", "url:string", "published:string",
                "incident_id:string", "kind:string", "stance:string", "source:object", "perpetrator:object",
                "event_type:string", "date:object", "place:object", "killed:object", "civilians_killed:object",
                "children_killed:object", "women_killed:object", "combatants_killed:object", "injured:object", "evidence:object");
        ObjectNode withClaims = s.putObject("IncidentWithClaims");
        withClaims.putArray("allOf").addObject().put("$ref", "#/components/schemas/Incident");
        withClaims.withArray("allOf").addObject().put("type", "object").putObject("properties").putObject("claims")
                .put("type", "array").putObject("items").put("$ref", "#/components/schemas/Claim");
        withClaims.putArray("required").add("incident_id").add("claims");
        object(s, "Document", "sha256:string", "page:string", "input_id:string", "url:string", "outlet:string",
                "captured_at:string", "published:string", "media_type:string", "title:string", "text_length:integer", "bytes:integer");
        page(s, "IncidentPage", "Incident", "count:integer");
        page(s, "ClaimPage", "Claim");
        page(s, "DocumentPage", "Document");
        object(s, "SearchResult", "total:integer", "hits:array", "facets:object");
        object(s, "MapRows", "fields:array", "rows:array", "matching:integer", "located:integer", "truncated:boolean");
        object(s, "Timeline", "weeks:array");
    }

    /** An object schema; every listed property is required (it is always present, possibly null). */
    private static void object(ObjectNode s, String name, String... props) {
        ObjectNode o = s.putObject(name).put("type", "object");
        ObjectNode p = o.putObject("properties");
        ArrayNode req = o.putArray("required");
        for (String prop : props) {
            String[] nt = prop.split(":");
            p.putObject(nt[0]).put("type", nt[1]).put("nullable", true);
            req.add(nt[0]);
        }
    }

    private static void page(ObjectNode s, String name, String item, String... extra) {
        ObjectNode o = s.putObject(name).put("type", "object");
        ObjectNode p = o.putObject("properties");
        ArrayNode req = o.putArray("required");
        p.putObject("data").put("type", "array").putObject("items").put("$ref", "#/components/schemas/" + item);
        p.putObject("next_cursor").put("type", "string").put("nullable", true);
        p.putObject("limit").put("type", "integer");
        req.add("data").add("next_cursor").add("limit");
        for (String e : extra) {
            String[] nt = e.split(":");
            p.putObject(nt[0]).put("type", nt[1]);
            req.add(nt[0]);
        }
    }
}
