package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.raqib.model.AccusedStatement;
import org.raqib.model.Assessment;
import org.raqib.model.DateRange;
import org.raqib.model.EventType;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.Range;

/** The snapshot's lists by country, governorate and date give what checking every incident gives. */
class RecordSnapshotTest {
    private static final String[] COUNTRIES = {"SY", "IQ", "YE"};
    private static final String[] ADMIN1 = {"Idlib", "Aleppo", "Nineveh", "Saada"};

    @Test
    void filteredPagesEqualABruteForceScan() {
        SplittableRandom r = new SplittableRandom(7);
        List<Incident> all = new ArrayList<>();
        for (int n = 0; n < 3000; n++) all.add(incident(n, r));
        RecordSnapshot snapshot = new RecordSnapshot(1, all, List.of(), List.of(), Map.of(), sha -> Optional.empty());
        for (int t = 0; t < 300; t++) {
            LocalDate from = r.nextInt(3) == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(r.nextInt(700));
            LocalDate to = r.nextInt(3) == 0 ? null : (from == null ? LocalDate.of(2020, 6, 1) : from).plusDays(r.nextInt(90));
            IncidentFilter f = new IncidentFilter(r.nextBoolean() ? COUNTRIES[r.nextInt(3)].toLowerCase() : null,
                    r.nextInt(3) == 0 ? ADMIN1[r.nextInt(4)] : null, from, to, null,
                    r.nextInt(4) == 0 ? Grade.values()[r.nextInt(4)] : null, null, null, null);
            List<String> expected = new ArrayList<>();
            all.stream().sorted(java.util.Comparator.comparing(RecordSnapshot::key, RecordSnapshot.ORDER)).filter(f::matches)
                    .forEach(i -> expected.add(i.id()));
            List<String> paged = new ArrayList<>();
            Cursor cursor = null;
            do {
                RecordReader.IncidentPage page = snapshot.incidents(f, cursor, 37);
                assertThat(page.total()).as(f.query()).isEqualTo(expected.size());
                page.incidents().forEach(i -> paged.add(i.id()));
                cursor = page.next();
            } while (cursor != null);
            assertThat(paged).as(f.query()).isEqualTo(expected);
        }
    }

    private static Incident incident(int n, SplittableRandom r) {
        Kind kind = r.nextInt(10) == 0 ? Kind.AGGREGATE : Kind.INCIDENT;
        DateRange date = null;
        if (r.nextInt(20) != 0) {
            LocalDate from = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(730));
            date = new DateRange(null, from, from.plusDays(kind == Kind.AGGREGATE ? r.nextInt(400) : r.nextInt(2)));
        }
        Place place = r.nextInt(15) == 0 ? null
                : new Place("x", "x", r.nextInt(8) == 0 ? null : ADMIN1[r.nextInt(4)], COUNTRIES[r.nextInt(3)], null, null, 1);
        Assessment a = new Assessment(Range.NONE, Range.NONE, Range.NONE, Range.NONE, Range.NONE, Range.NONE, 1, List.of(),
                AccusedStatement.NONE, Range.NONE, Grade.values()[r.nextInt(4)]);
        return new Incident(String.format("inc-%06d", n), kind, List.of("c" + n), date, place, EventType.AIRSTRIKE, a);
    }
}
