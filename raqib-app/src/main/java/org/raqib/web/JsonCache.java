package org.raqib.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.raqib.model.Incident;

/**
 * The JSON text of incidents as the API and the map send them, made once per version of the
 * record: building a JSON tree costs tens of microseconds an incident, which a page of 100
 * or a map of a thousand pays on every request otherwise. Emptied when the record changes;
 * holds at most {@link #LIMIT} texts per kind (then it makes them without keeping them).
 */
final class JsonCache {
    static final int LIMIT = 200_000;

    private final RecordReader record;
    private volatile long version = Long.MIN_VALUE;
    private final ConcurrentHashMap<String, String> incidents = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> features = new ConcurrentHashMap<>();

    JsonCache(RecordReader record) {
        this.record = record;
    }

    String incident(Incident i) { return get(incidents, i, x -> ApiJson.incident(x).toString()); }

    /** A row of the map's data, or "" when the incident cannot be placed. */
    String mapRow(Incident i) {
        return get(features, i, x -> {
            var r = MapData.row(x);
            return r == null ? "" : r.toString();
        });
    }

    private String get(ConcurrentHashMap<String, String> cache, Incident i, Function<Incident, String> make) {
        long v = record.version();
        if (v != version) {
            synchronized (this) {
                if (v != version) {
                    incidents.clear();
                    features.clear();
                    version = v;
                }
            }
        }
        String s = cache.get(i.id());
        if (s != null) return s;
        s = make.apply(i);
        if (cache.size() < LIMIT) cache.put(i.id(), s);
        return s;
    }
}
