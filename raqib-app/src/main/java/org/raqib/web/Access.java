package org.raqib.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Handler;
import io.javalin.http.SameSite;
import java.util.Map;
import java.util.Optional;
import org.raqib.accounts.Accounts;
import org.raqib.accounts.Accounts.Principal;
import org.raqib.accounts.Role;
import org.raqib.accounts.Secrets;

/**
 * Who is asking and whether they may: the session cookie or an API token names the person,
 * every route of {@link Routes} names the role it needs ({@link #require}), and every request
 * that changes something carries the session's CSRF token ({@link #checkCsrf}); both are checked
 * in one wrapper around every route.
 * Session cookies are HttpOnly, SameSite=Strict, Secure unless the deployment serves plain HTTP
 * on its own machine, and a new one is issued at every sign-in.
 */
final class Access {
    static final String SESSION_COOKIE = "raqib_session";
    static final String LOGIN_COOKIE = "raqib_login";
    static final String CSRF_FIELD = "csrf";
    private static final String PRINCIPAL = "raqib.principal";

    private final Accounts accounts;
    private final boolean secureCookies;

    Access(Accounts accounts, boolean secureCookies) {
        this.accounts = accounts;
        this.secureCookies = secureCookies;
    }

    /** The person of a request (anonymous without a live session or a valid token), looked up once. */
    Principal principal(Context ctx) {
        Principal cached = ctx.attribute(PRINCIPAL);
        if (cached != null) return cached;
        Principal p = Principal.ANONYMOUS;
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            p = accounts.byToken(auth.substring(7)).orElse(Principal.ANONYMOUS);
        } else {
            String id = ctx.cookie(SESSION_COOKIE);
            if (id != null && id.length() <= 100) p = accounts.bySession(id).orElse(Principal.ANONYMOUS);
        }
        ctx.attribute(PRINCIPAL, p);
        return p;
    }

    /** The role the route check found for the request's person (anonymous on a site without accounts). */
    static Role roleOf(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        return p == null ? Role.ANONYMOUS : p.role();
    }

    /**
     * Wraps every route of the table: a change must carry its form token ({@link #checkCsrf}), and
     * only people with the role get through; the others are sent to sign in (pages) or refused
     * (API, or too low a role). Requests that match no route keep their 404 or 405.
     */
    Handler require(Role role, Handler handler) {
        return ctx -> {
            checkCsrf(ctx);
            Principal p = principal(ctx);
            if (p.role().includes(role)) {
                handler.handle(ctx);
            } else if (p.role() == Role.ANONYMOUS && ctx.method().name().equals("GET") && !ctx.path().startsWith("/api/")) {
                ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8));
            } else {
                throw new BadRequest(p.role() == Role.ANONYMOUS ? 401 : 403,
                        p.role() == Role.ANONYMOUS ? "sign in first" : "your role (" + p.role().code() + ") may not do this");
            }
        };
    }

    /**
     * Refuses any request that is not a read unless it carries the CSRF token of its session
     * (a form field): a page of another site cannot make an analyst's browser change the record.
     * Signing in is checked against the token its form was given in a cookie; scripts with an
     * API token send no cookie, so a browser cannot be made to send their requests.
     */
    void checkCsrf(Context ctx) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return;
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            if (principal(ctx).role() == Role.ANONYMOUS) throw new BadRequest(401, "unknown API token");
            return;
        }
        String sent = ctx.formParam(CSRF_FIELD);
        String expected = ctx.path().equals("/login") ? ctx.cookie(LOGIN_COOKIE) : principal(ctx).csrfToken();
        if (!Secrets.same(sent, expected)) throw new BadRequest(403, "missing or stale form token (CSRF): reload the page and try again");
    }

    /** The sign-in form's token, set in a short-lived cookie and repeated in the form. */
    String loginToken(Context ctx) {
        String token = Secrets.random();
        ctx.cookie(cookie(LOGIN_COOKIE, token, 1800));
        return token;
    }

    /** Signs in with the form's name and password: a new session id each time (no fixation). */
    Optional<Principal> signIn(Context ctx, String name, String password) {
        String old = ctx.cookie(SESSION_COOKIE);
        if (old != null) accounts.signOut(old);
        Optional<Accounts.SignedIn> s = accounts.signIn(name, password == null ? new char[0] : password.toCharArray(), ctx.ip());
        s.ifPresent(in -> {
            ctx.cookie(cookie(SESSION_COOKIE, in.sessionId(), (int) Accounts.SESSION_LENGTH.toSeconds()));
            ctx.removeCookie(LOGIN_COOKIE, "/");
        });
        return s.map(Accounts.SignedIn::principal);
    }

    void signOut(Context ctx) {
        accounts.signOut(ctx.cookie(SESSION_COOKIE));
        ctx.removeCookie(SESSION_COOKIE, "/");
    }

    private Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, secureCookies, 0, true, null, null, SameSite.STRICT);
    }

    /** What templates need to know of the person: their name, role and the form token. */
    Map<String, Object> model(Context ctx) {
        Principal p = principal(ctx);
        return p.name() == null ? Map.of("role", "anonymous")
                : Map.of("user", p.name(), "role", p.role().code(), "csrf", p.csrfToken() == null ? "" : p.csrfToken());
    }
}
