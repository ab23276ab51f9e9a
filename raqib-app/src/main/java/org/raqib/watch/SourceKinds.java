package org.raqib.watch;

import java.io.IOException;
import java.util.Map;
import org.raqib.ingest.Fetcher;

/** Finds out what kind of source a URL is (rss, atom, sitemap or html-list) by fetching it once, politely. */
public final class SourceKinds {
    private SourceKinds() {}

    public static String detect(String url, WatchSettings settings) throws IOException, InterruptedException {
        PoliteClient client = new PoliteClient(new Fetcher(settings.maxBody(), settings.connectTimeout(),
                settings.fetchTimeout(), settings.maxRedirects(), Fetcher.USER_AGENT), settings);
        Fetcher.Response r = client.get(url, Map.of());
        if (r.status() != 200 || r.body().length == 0) throw new IOException("HTTP " + r.status() + " from " + url);
        return Listings.kindOf(r.body());
    }
}
