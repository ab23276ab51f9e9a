package org.raqib.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.raqib.search.SearchIndex;

/**
 * The web site and the API on one Javalin server. Security is applied here, in one place:
 * every response carries a Content-Security-Policy that allows scripts and styles only from
 * the site itself (no inline script, no eval), errors are answered without stack traces (as
 * JSON under /api), request sizes are bounded, and the public site is read-only (GET only); the workbench's
 * changes need a role ({@link Routes}) and the session's form token ({@link Access}).
 */
public final class WebServer {
    private final Javalin app;
    private final java.util.List<Routes.Route> routes;

    public WebServer(RecordReader record, SearchIndex search, SearchSync sync, String tiles) {
        this(record, search, sync, tiles, null);
    }

    /** With the analysts' workbench (sign-in, review queue), or without it (null): a read-only site. */
    public WebServer(RecordReader record, SearchIndex search, SearchSync sync, String tiles, Workbench workbench) {
        Map<String, String> headers = securityHeaders(tiles);
        Templates templates = new Templates();
        Api api = new Api(record, search, sync);
        Pages pages = new Pages(record, search, templates, tiles, api);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = 16_384;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/web/static";
                sf.location = Location.CLASSPATH;
                sf.headers = headers;
            });
            config.staticFiles.enableWebjars();
        });
        app.before(ctx -> headers.forEach(ctx::header));
        Access access = workbench == null ? null : workbench.bind(pages, templates);
        this.routes = Routes.all(pages, api, workbench);
        Routes.register(app, routes, access);
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, pages, e.status(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("raqib serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, pages, 500, "internal error");
        });
        // Javalin's own refusals (no such route, a method the site does not serve, a request too large)
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, pages, e.getStatus(),
                e.getStatus() == 404 ? "not found" : e.getStatus() == 405 ? "method not allowed (the site is read-only)" : "request refused"));
    }

    /** The policy every response carries; an online tile layer's host is allowed for images only. */
    static Map<String, String> securityHeaders(String tiles) {
        String img = "'self' data:" + (tiles == null ? "" : " " + tileOrigin(tiles));
        return Map.of(
                "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src " + img
                        + "; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer",
                "X-Frame-Options", "DENY",
                "Cross-Origin-Opener-Policy", "same-origin");
    }

    /** https://{s}.tile.example.org/{z}/{x}/{y}.png -> https://*.tile.example.org */
    static String tileOrigin(String url) {
        var m = java.util.regex.Pattern.compile("^(https?://)([^/]+)").matcher(url);
        if (!m.find()) throw new IllegalArgumentException("--tiles must be an http(s) URL template, e.g. https://tile.example.org/{z}/{x}/{y}.png");
        return m.group(1) + m.group(2).replace("{s}", "*");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void error(Context ctx, Pages pages, int status, String message) {
        ctx.status(HttpStatus.forStatus(status));
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json");
            ctx.result(JSON.createObjectNode().put("status", status).put("error", message).toString());
        } else {
            ctx.html(pages.error(ctx, status, message));
        }
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() { return app.port(); }

    /** Every route with the role it needs (the security test walks them all). */
    public java.util.List<Routes.Route> routes() { return routes; }

    public void stop() { app.stop(); }
}
