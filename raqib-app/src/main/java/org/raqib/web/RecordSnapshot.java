package org.raqib.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.SourcedClaim;
import org.raqib.store.ArchivedDocument;

/**
 * The record held in memory for reading: incidents in date order, claims by id, documents'
 * metadata. The web site reads much more often than the record changes, and every filter
 * runs over a list of plain objects (100,000 incidents filter in about a millisecond), so a
 * snapshot is rebuilt when the record changes rather than the database asked per request.
 * Full documents (text and bytes) are not held: they are fetched by hash.
 */
public final class RecordSnapshot implements RecordReader {
    /** Incidents by start date (undated last), then id: the order of pages and cursors. */
    static final Comparator<Cursor> ORDER = Comparator.comparing(Cursor::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Cursor::id);

    private final long version;
    private final List<Incident> incidents;
    private final List<Cursor> keys;
    private final Map<String, Incident> incidentsById = new HashMap<>();
    private final TreeMap<String, SourcedClaim> claims = new TreeMap<>();
    private final Map<String, String> incidentOfClaim = new HashMap<>();
    private final List<DocumentInfo> documents;
    private final Map<String, Integer> documentPosition = new HashMap<>();
    private final Map<String, String> urls = new HashMap<>();
    private final Map<String, Grade> grades;
    private final Function<String, Optional<ArchivedDocument>> fullDocument;
    /** Positions (in {@link #incidents}) by country and by governorate, and the start dates in order: see {@link #candidates}. */
    private final Map<String, int[]> byCountry;
    private final Map<String, int[]> byAdmin1;
    private final LocalDate[] starts;
    private final int dated;
    private final long longestDays;

    public RecordSnapshot(long version, List<Incident> incidents, List<SourcedClaim> claims, List<DocumentInfo> documents,
                          Map<String, Grade> grades, Function<String, Optional<ArchivedDocument>> fullDocument) {
        this.version = version;
        List<Incident> sorted = new ArrayList<>(incidents);
        sorted.sort(Comparator.comparing(RecordSnapshot::key, ORDER));
        this.incidents = List.copyOf(sorted);
        this.keys = sorted.stream().map(RecordSnapshot::key).toList();
        for (Incident i : sorted) {
            incidentsById.put(i.id(), i);
            for (String c : i.claimIds()) incidentOfClaim.put(c, i.id());
        }
        for (SourcedClaim c : claims) this.claims.put(c.id(), c);
        List<DocumentInfo> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparing(DocumentInfo::capturedAt).thenComparing(DocumentInfo::sha256));
        this.documents = List.copyOf(docs);
        for (int k = 0; k < docs.size(); k++) {
            documentPosition.put(docs.get(k).sha256(), k);
            if (docs.get(k).url() != null) urls.put(docs.get(k).sha256(), docs.get(k).url());
        }
        this.grades = Map.copyOf(grades);
        this.fullDocument = fullDocument;
        Map<String, List<Integer>> countries = new HashMap<>(), admin1 = new HashMap<>();
        starts = new LocalDate[sorted.size()];
        int withDate = 0;
        long longest = 0;
        for (int k = 0; k < sorted.size(); k++) {
            Incident i = sorted.get(k);
            if (i.place() != null && i.place().country() != null) countries.computeIfAbsent(countryKey(i.place().country()), x -> new ArrayList<>()).add(k);
            if (i.place() != null && i.place().admin1() != null) admin1.computeIfAbsent(admin1Key(i.place().admin1()), x -> new ArrayList<>()).add(k);
            if (i.date() != null) {
                starts[k] = i.date().from();
                withDate = k + 1;
                longest = Math.max(longest, ChronoUnit.DAYS.between(i.date().from(), i.date().to()));
            }
        }
        byCountry = positions(countries);
        byAdmin1 = positions(admin1);
        dated = withDate;
        longestDays = longest;
    }

    private static Map<String, int[]> positions(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static String countryKey(String c) { return c.toUpperCase(java.util.Locale.ROOT); }

    private static String admin1Key(String a) { return a.toLowerCase(java.util.Locale.ROOT); }

    /**
     * The positions that can match a filter, ascending: those of its country or governorate
     * (whichever list is shorter) within the stretch of start dates its date range allows.
     * A scan of every incident would follow pointers 100,000 times a request; these lists make
     * a filtered page cost what it returns. Every candidate is still checked against the filter.
     */
    private int[] candidates(IncidentFilter f) {
        int lo = 0, hi = incidents.size();
        if (f.from() != null || f.to() != null) {
            hi = dated; // undated incidents match no date range
            if (f.to() != null) hi = firstStartAfter(f.to());
            if (f.from() != null) lo = firstStartAfter(f.from().minusDays(longestDays + 1));
        }
        int[] list = null;
        if (f.country() != null) list = byCountry.getOrDefault(countryKey(f.country()), new int[0]);
        if (f.admin1() != null) {
            int[] a = byAdmin1.getOrDefault(admin1Key(f.admin1()), new int[0]);
            if (list == null || a.length < list.length) list = a;
        }
        if (list == null) {
            int[] all = new int[Math.max(0, hi - lo)];
            for (int k = 0; k < all.length; k++) all[k] = lo + k;
            return all;
        }
        int from = java.util.Arrays.binarySearch(list, lo), to = java.util.Arrays.binarySearch(list, hi);
        from = from < 0 ? -from - 1 : from;
        to = to < 0 ? -to - 1 : to;
        return java.util.Arrays.copyOfRange(list, from, Math.max(from, to));
    }

    /** The first position among the dated incidents whose start is after a day. */
    private int firstStartAfter(LocalDate day) {
        int lo = 0, hi = dated;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid].isAfter(day)) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    static Cursor key(Incident i) { return new Cursor(i.date() == null ? null : i.date().from(), i.id()); }

    @Override
    public long version() { return version; }

    @Override
    public IncidentPage incidents(IncidentFilter filter, Cursor after, int limit) {
        int start = 0;
        if (after != null) {
            int at = Collections.binarySearch(keys, after, ORDER);
            start = at >= 0 ? at + 1 : -at - 1;
        }
        List<Incident> page = new ArrayList<>(Math.min(limit, 1000));
        int[] candidates = candidates(filter);
        if (filter.exactByIndex()) {
            // every candidate matches: the page is a slice, the total the count of candidates
            int at = java.util.Arrays.binarySearch(candidates, start);
            at = at < 0 ? -at - 1 : at;
            for (int k = at; k < Math.min(candidates.length, at + limit); k++) page.add(incidents.get(candidates[k]));
            Cursor next = at + limit < candidates.length && !page.isEmpty() ? key(page.getLast()) : null;
            return new IncidentPage(page, next, candidates.length);
        }
        int total = 0;
        Cursor next = null;
        for (int k : candidates) {
            Incident i = incidents.get(k);
            if (!filter.matches(i)) continue;
            total++;
            if (k < start) continue;
            if (page.size() < limit) page.add(i);
            else if (next == null) next = key(page.getLast());
        }
        return new IncidentPage(page, next, total);
    }

    @Override
    public Optional<Incident> incident(String id) { return Optional.ofNullable(incidentsById.get(id)); }

    @Override
    public List<SourcedClaim> claimsOf(Incident incident) {
        List<SourcedClaim> out = new ArrayList<>();
        for (String id : incident.claimIds()) {
            SourcedClaim c = claims.get(id);
            if (c != null) out.add(c);
        }
        return out;
    }

    @Override
    public List<SourcedClaim> claims(ClaimFilter filter, String afterId, int limit) {
        List<SourcedClaim> out = new ArrayList<>();
        for (SourcedClaim c : (afterId == null ? claims : claims.tailMap(afterId, false)).values()) {
            if (!filter.matches(c)) continue;
            out.add(c);
            if (out.size() >= limit) break;
        }
        return out;
    }

    @Override
    public String incidentOfClaim(String claimId) { return incidentOfClaim.get(claimId); }

    @Override
    public Optional<ArchivedDocument> document(String sha256) {
        return documentPosition.containsKey(sha256) ? fullDocument.apply(sha256) : Optional.empty();
    }

    @Override
    public List<DocumentInfo> documents(String afterSha, int limit) {
        int start = 0;
        if (afterSha != null) {
            Integer at = documentPosition.get(afterSha);
            if (at == null) throw new BadRequest("parameter 'cursor' names no document");
            start = at + 1;
        }
        return documents.subList(Math.min(start, documents.size()), Math.min(documents.size(), start + limit));
    }

    @Override
    public Optional<DocumentInfo> documentInfo(String sha256) {
        Integer at = documentPosition.get(sha256);
        return at == null ? Optional.empty() : Optional.of(documents.get(at));
    }

    @Override
    public Map<String, Grade> analystGrades() { return grades; }

    @Override
    public Map<String, SourcedClaim> claimsById() { return Collections.unmodifiableMap(claims); }

    @Override
    public Map<String, String> urlsBySha() { return Collections.unmodifiableMap(urls); }

    /** Every incident matching a filter, in order (for the map, the timeline and the exports). */
    public List<Incident> matching(IncidentFilter filter) {
        List<Incident> out = new ArrayList<>();
        for (int k : candidates(filter)) if (filter.matches(incidents.get(k))) out.add(incidents.get(k));
        return out;
    }

    /** All documents' metadata, in capture order. */
    public List<DocumentInfo> allDocuments() { return documents; }
}
