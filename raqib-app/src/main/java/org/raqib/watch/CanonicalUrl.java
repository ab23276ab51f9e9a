package org.raqib.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One spelling for one article: scheme and host in lower case, no default port, no fragment,
 * an empty path as {@code /}, and the tracking parameters that feeds and share buttons add
 * (utm_*, fbclid, gclid, ...) dropped, the other parameters kept in their order. Two links
 * to the same article from two feeds then name the same row, and it is fetched once.
 */
public final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid",
            "mc_eid", "_ga", "_gl", "ref_src", "ref_url", "cmpid", "ocid", "spm", "at_medium", "at_campaign", "xtor");

    private CanonicalUrl() {}

    /** The canonical form of an http(s) URL, or null when it is not one. */
    public static String of(String url) {
        if (url == null) return null;
        URI u;
        try {
            u = new URI(url.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getRawAuthority() == null || u.getHost() == null) return null;
        StringBuilder sb = new StringBuilder(scheme).append("://").append(u.getHost().toLowerCase(Locale.ROOT));
        int port = u.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) sb.append(':').append(port);
        String path = u.getRawPath();
        sb.append(path == null || path.isEmpty() ? "/" : path);
        String query = query(u.getRawQuery());
        if (!query.isEmpty()) sb.append('?').append(query);
        return sb.toString();
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            String name = (pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) continue;
            kept.add(pair);
        }
        return String.join("&", kept);
    }
}
