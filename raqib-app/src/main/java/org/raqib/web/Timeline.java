package org.raqib.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.raqib.model.Incident;
import org.raqib.model.Kind;
import org.raqib.model.Range;

/**
 * Incidents and deaths per week (weeks start on Monday), with the low and high sums of the
 * incidents' death ranges, and the same drawn as an SVG chart on the server: bars for
 * incidents, a band from the low to the high count of deaths. Tallies are left out (their
 * deaths are those of incidents already counted).
 */
public final class Timeline {
    public record Week(String week, int incidents, long deaths_low, long deaths_high) {}

    /** The chart's shapes, as numbers the template writes into SVG attributes. */
    public record Chart(int width, int height, List<Bar> bars, String band, String low, String high, String firstWeek,
                        String lastWeek, long maxDeaths, int maxIncidents) {}

    public record Bar(double x, double y, double w, double h, String title) {}

    /** At most this many weeks are drawn (about twenty years); longer ranges keep the last ones. */
    static final int MAX_WEEKS = 1100;

    private Timeline() {}

    public static List<Week> weeks(List<Incident> incidents) {
        TreeMap<LocalDate, long[]> byWeek = new TreeMap<>();
        for (Incident i : incidents) {
            if (i.kind() != Kind.INCIDENT || i.date() == null) continue;
            LocalDate monday = i.date().from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long[] w = byWeek.computeIfAbsent(monday, k -> new long[3]);
            Range r = Format.fatalities(i.assessment());
            w[0]++;
            if (!r.isEmpty()) {
                w[1] += r.min();
                w[2] += r.max();
            }
        }
        List<Week> out = new ArrayList<>();
        if (byWeek.isEmpty()) return out;
        LocalDate first = byWeek.firstKey(), last = byWeek.lastKey();
        if (ChronoUnit.WEEKS.between(first, last) >= MAX_WEEKS) first = last.minusWeeks(MAX_WEEKS - 1);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusWeeks(1)) {
            long[] w = byWeek.getOrDefault(d, new long[3]);
            out.add(new Week(d.toString(), (int) w[0], w[1], w[2]));
        }
        return out;
    }

    public static Chart chart(List<Week> weeks, int width, int height) {
        if (weeks.isEmpty()) return null;
        int maxIncidents = weeks.stream().mapToInt(Week::incidents).max().orElse(0);
        long maxDeaths = weeks.stream().mapToLong(Week::deaths_high).max().orElse(0);
        double step = (double) width / weeks.size();
        List<Bar> bars = new ArrayList<>();
        StringBuilder top = new StringBuilder(), bottom = new StringBuilder(), low = new StringBuilder(), high = new StringBuilder();
        for (int k = 0; k < weeks.size(); k++) {
            Week w = weeks.get(k);
            double x = k * step;
            if (w.incidents() > 0) {
                double h = (height * 0.45) * w.incidents() / Math.max(1, maxIncidents);
                bars.add(new Bar(round(x), round(height - h), round(Math.max(1, step * 0.8)), round(h),
                        w.week() + ": " + w.incidents() + " / " + w.deaths_low() + "–" + w.deaths_high()));
            }
            double cx = x + step / 2;
            double yl = height - height * 0.95 * w.deaths_low() / Math.max(1, maxDeaths);
            double yh = height - height * 0.95 * w.deaths_high() / Math.max(1, maxDeaths);
            top.append(point(cx, yh));
            bottom.insert(0, point(cx, yl));
            low.append(point(cx, yl));
            high.append(point(cx, yh));
        }
        return new Chart(width, height, bars, top.toString().strip() + " " + bottom.toString().strip(), low.toString().strip(), high.toString().strip(),
                weeks.getFirst().week(), weeks.getLast().week(), maxDeaths, maxIncidents);
    }

    private static String point(double x, double y) { return String.format(Locale.ROOT, "%.1f,%.1f ", x, y); }

    private static double round(double v) { return Math.round(v * 10) / 10.0; }
}
