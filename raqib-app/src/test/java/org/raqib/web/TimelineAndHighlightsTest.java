package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raqib.model.AccusedStatement;
import org.raqib.model.Assessment;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.DateRange;
import org.raqib.model.EventType;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.Kind;
import org.raqib.model.Range;
import org.raqib.model.Span;
import org.raqib.model.Stance;

/** Weekly sums of the timeline, and the pieces that mark evidence and figures in a text. */
class TimelineAndHighlightsTest {
    @Test
    void allDeathsAreShownBesideKilledOnlyWhenTheyAreAnotherFigure() {
        Assessment killedGiven = new Assessment(new Range(12L, 15L), new Range(9L, 9L), Range.NONE, Range.NONE, new Range(2L, 2L),
                Range.NONE, 2, List.of(), AccusedStatement.NONE, Range.NONE, Grade.FAIR);
        assertThat(IncidentView.fatalitiesBesideKilled(killedGiven)).as("the same figure as killed").isNull();
        Assessment civiliansAndFighters = new Assessment(Range.NONE, new Range(9L, 11L), Range.NONE, Range.NONE, new Range(2L, 3L),
                Range.NONE, 2, List.of(), AccusedStatement.NONE, Range.NONE, Grade.FAIR);
        assertThat(IncidentView.fatalitiesBesideKilled(civiliansAndFighters)).isEqualTo("11–14");
    }

    @Test
    void weeksSumIncidentsAndTheLowAndHighDeathsLeavingTalliesOut() {
        List<Incident> incidents = List.of(
                incident("a", Kind.INCIDENT, LocalDate.of(2024, 1, 1), new Range(3L, 5L)), // a Monday
                incident("b", Kind.INCIDENT, LocalDate.of(2024, 1, 7), new Range(10L, 10L)), // the Sunday of that week
                incident("c", Kind.AGGREGATE, LocalDate.of(2024, 1, 3), new Range(100L, 100L)),
                incident("d", Kind.INCIDENT, LocalDate.of(2024, 1, 22), Range.NONE));
        List<Timeline.Week> weeks = Timeline.weeks(incidents);
        assertThat(weeks).containsExactly(new Timeline.Week("2024-01-01", 2, 13, 15), new Timeline.Week("2024-01-08", 0, 0, 0),
                new Timeline.Week("2024-01-15", 0, 0, 0), new Timeline.Week("2024-01-22", 1, 0, 0));
        Timeline.Chart chart = Timeline.chart(weeks, 400, 100);
        assertThat(chart.bars()).hasSize(2);
        assertThat(chart.maxDeaths()).isEqualTo(15);
        assertThat(chart.band().split(" ")).hasSize(8); // the high line forth and the low line back
    }

    @Test
    void piecesMarkTheEvidenceAndItsFiguresInsideTheParagraph() {
        String text = "عنوان الخبر\nقالت مصادر إن 12 مدنيا قتلوا في القصف. وأضافت أن البحث مستمر.\nفقرة أخرى";
        int start = text.indexOf("قالت"), end = text.indexOf("القصف.") + "القصف.".length();
        int fig = text.indexOf("12 مدنيا");
        Map<Category, Count> counts = new EnumMap<>(Category.class);
        counts.put(Category.CIVILIANS_KILLED, new Count(12L, 12L, 12L, "12 مدنيا", new Span(fig, fig + 8, "12 مدنيا")));
        Claim claim = new Claim("d", Kind.INCIDENT, Stance.ALLEGES, null, null, EventType.SHELLING, null, null, counts,
                Span.of(text, start, end));
        List<Highlights.Piece> pieces = Highlights.paragraph(text, claim);
        assertThat(pieces).containsExactly(new Highlights.Piece("قالت مصادر إن ", "evidence"), new Highlights.Piece("12 مدنيا", "figure"),
                new Highlights.Piece(" قتلوا في القصف.", "evidence"), new Highlights.Piece(" وأضافت أن البحث مستمر.", "plain"));
        // a stored span beyond the text is ignored rather than trusted
        Claim broken = new Claim("d", Kind.INCIDENT, Stance.ALLEGES, null, null, EventType.SHELLING, null, null, Map.of(),
                new Span(0, text.length() + 10, "x"));
        assertThat(Highlights.paragraph(text, broken)).isEmpty();
        assertThat(String.join("", Highlights.document(text, List.of(claim)).stream().map(Highlights.Piece::text).toList())).isEqualTo(text);
    }

    private static Incident incident(String id, Kind kind, LocalDate day, Range killed) {
        Assessment a = new Assessment(killed, Range.NONE, Range.NONE, Range.NONE, Range.NONE, Range.NONE, 1, List.of(),
                AccusedStatement.NONE, Range.NONE, Grade.WEAK);
        return new Incident(id, kind, List.of(id + ":0"), new DateRange(null, day, day), null, EventType.AIRSTRIKE, a);
    }
}
