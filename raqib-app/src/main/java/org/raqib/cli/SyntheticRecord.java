package org.raqib.cli;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.raqib.text.TextFingerprint;
import org.raqib.model.AccusedStatement;
import org.raqib.model.ActorMention;
import org.raqib.model.Assessment;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.DateRange;
import org.raqib.model.Document;
import org.raqib.model.EventType;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.Range;
import org.raqib.model.SourcedClaim;
import org.raqib.model.Span;
import org.raqib.model.Stance;
import org.raqib.resolve.place.Gazetteer;
import org.raqib.store.ArchivedDocument;
import org.raqib.web.DocumentInfo;
import org.raqib.web.RecordSnapshot;

/**
 * A synthetic record for {@code raqib bench serve}: incidents at places of the default
 * gazetteer in seven countries over ten years, each from one archived report whose text is
 * made from the project's own sentence patterns (so search has Arabic words in their
 * inflected forms to find), with one or two claims. Documents are made again from their
 * number when asked for, so the record holds only metadata in memory.
 */
final class SyntheticRecord {
    private static final String[] COUNTRIES = {"SY", "IQ", "YE", "PS", "LY", "LB", "SD"};
    private static final String[] ACTORS = {"COALITION", "RUSSIA", "SYRIA_GOV", "ISRAEL", "SAUDI_COALITION", "ISIS", "TURKEY"};
    private static final String[] SOURCES = {"المرصد السوري", "مصادر محلية", "مصادر طبية", "الدفاع المدني", "ناشطون"};
    private static final String[] EVENTS = {"غارة جوية", "الغارات الجوية", "قصف مدفعي", "بغارة لطائرة مسيرة", "انفجار سيارة مفخخة", "اشتباكات عنيفة"};
    private static final String[] OUTLETS = {"levant-wire.example", "tigris-news.example", "euphrates-post.example",
            "gulf-daily.example", "nile-report.example", "maghreb-times.example", "cedar-news.example", "aden-now.example"};
    private static final String[] FILLER = {"وتواصل فرق الإسعاف البحث تحت الأنقاض.", "وأغلقت المدارس في المنطقة حتى إشعار آخر.",
            "وطالبت منظمات محلية بفتح تحقيق مستقل.", "وشهدت المنطقة موجة نزوح نحو القرى المجاورة.", "ولم يصدر تعليق فوري من الجهات المعنية."};

    final List<Incident> incidents = new ArrayList<>();
    final List<SourcedClaim> claims = new ArrayList<>();
    final List<DocumentInfo> documents = new ArrayList<>();
    private final Map<String, Integer> numberOf = new HashMap<>();
    private final List<Gazetteer.Entry> places;

    SyntheticRecord(int n) {
        places = Gazetteer.defaults().entries().stream().filter(e -> e.arabicName() != null && e.admin1() != null && java.util.Arrays.asList(COUNTRIES).contains(e.country())).toList();
        for (int i = 0; i < n; i++) add(i);
    }

    RecordSnapshot snapshot() {
        return new RecordSnapshot(1, incidents, claims, documents, Map.of(), sha -> {
            Integer i = numberOf.get(sha);
            return i == null ? Optional.empty() : Optional.of(document(i));
        });
    }

    private void add(int i) {
        SplittableRandom r = new SplittableRandom(i * 7919L + 17);
        Gazetteer.Entry at = places.get(r.nextInt(places.size()));
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3650));
        boolean governorateOnly = r.nextInt(6) == 0;
        Place place = new Place(governorateOnly ? at.admin1() : at.arabicName(), governorateOnly ? at.admin1() : at.arabicName(),
                at.admin1(), at.country(), governorateOnly ? null : at.lat(), governorateOnly ? null : at.lon(), governorateOnly ? 3 : 1);
        String perpetrator = ACTORS[r.nextInt(ACTORS.length)];
        EventType type = EventType.values()[r.nextInt(4)];
        String text = text(i);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = ArchivedDocument.sha256(bytes);
        numberOf.put(sha, i);
        String outlet = OUTLETS[i % OUTLETS.length];
        documents.add(new DocumentInfo(sha, "synthetic-" + i, "https://" + outlet + "/news/" + i, outlet,
                Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i), day, "text/plain", null, text.length(), bytes.length));
        int nClaims = 1 + r.nextInt(2);
        List<String> ids = new ArrayList<>();
        Range civilians = Range.NONE, killed = Range.NONE;
        int sentenceEnd = text.indexOf('.') + 1;
        for (int c = 0; c < nClaims; c++) {
            long civ = 1 + r.nextInt(40);
            Map<Category, Count> counts = new EnumMap<>(Category.class);
            counts.put(Category.CIVILIANS_KILLED, new Count(civ, civ, civ, null, null));
            counts.put(Category.KILLED, new Count(civ + 2, civ + 2, civ + 2, null, null));
            Claim claim = new Claim("synthetic-" + i, Kind.INCIDENT, Stance.ALLEGES, new ActorMention(SOURCES[c], "LOCAL"),
                    new ActorMention(perpetrator, perpetrator), type, new DateRange(day.toString(), day, day), place, counts,
                    Span.of(text, 0, sentenceEnd));
            String id = sha + ":" + c;
            ids.add(id);
            claims.add(new SourcedClaim(id, sha, outlet, day, TextFingerprint.of(text), claim));
            civilians = civilians.including(civ);
            killed = killed.including(civ + 2);
        }
        Grade grade = Grade.values()[r.nextInt(4)];
        Assessment a = new Assessment(killed, civilians, Range.NONE, Range.NONE, Range.NONE, Range.NONE, nClaims,
                List.of(perpetrator), AccusedStatement.values()[r.nextInt(3)], Range.NONE, grade);
        incidents.add(new Incident(String.format("inc-%012x", i), Kind.INCIDENT, ids, new DateRange(null, day, day), place, type, a));
    }

    /** A report's text from its number alone (the same number always gives the same text). */
    String text(int i) {
        SplittableRandom r = new SplittableRandom(i * 104729L + 3);
        Gazetteer.Entry at = places.get(r.nextInt(places.size()));
        String event = EVENTS[r.nextInt(EVENTS.length)];
        int dead = 1 + r.nextInt(40);
        StringBuilder b = new StringBuilder();
        b.append("قالت ").append(SOURCES[r.nextInt(SOURCES.length)]).append(" إن ").append(dead).append(" مدنيا قتلوا في ")
                .append(event).append(" على ").append(at.arabicName()).append(" في محافظة ").append(at.admin1()).append('.');
        for (int k = 0; k < 3; k++) b.append(' ').append(FILLER[r.nextInt(FILLER.length)]);
        b.append(" الرقم المرجعي ").append(i).append('.');
        return b.toString();
    }

    private ArchivedDocument document(int i) {
        DocumentInfo info = documents.get(i);
        String text = text(i);
        Document d = new Document(info.inputId(), info.url(), info.published(), "ar", null, text);
        return new ArchivedDocument(info.sha256(), info.url(), info.outlet(), info.capturedAt(), info.published(),
                info.mediaType(), text.getBytes(StandardCharsets.UTF_8), d, TextFingerprint.of(text));
    }
}
