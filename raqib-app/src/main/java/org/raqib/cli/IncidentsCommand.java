package org.raqib.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.raqib.model.Assessment;
import org.raqib.model.Incident;
import org.raqib.model.Place;
import org.raqib.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib incidents}: the incidents with their ranges, sources and grades. */
@Command(name = "incidents", mixinStandardHelpOptions = true, description = "List the incidents and their assessments.")
final class IncidentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Override
    public Integer call() {
        try (Store store = where.open()) {
            print(store.incidents().all(), spec.commandLine().getOut());
            return 0;
        }
    }

    static void print(List<Incident> incidents, PrintWriter out) {
        out.printf("%-16s %-23s %-9s %-11s %-24s %-22s %-9s %-9s %-9s %3s  %s%n", "incident", "date", "kind", "event",
                "place", "perpetrator(s)", "civilians", "killed", "injured", "src", "grade / accused");
        for (Incident i : incidents) {
            Assessment a = i.assessment();
            Place p = i.place();
            String place = p == null ? "-" : (p.name() == null ? "" : p.name() + ", ") + (p.admin1() == null ? "" : p.admin1());
            String date = i.date() == null ? "-" : i.date().from().equals(i.date().to()) ? i.date().from().toString()
                    : i.date().from() + ".." + i.date().to();
            out.printf("%-16s %-23s %-9s %-11s %-24s %-22s %-9s %-9s %-9s %3d  %s / %s%n", i.id(), date, i.kind().code(),
                    i.eventType().code(), cut(place, 24), cut(a.perpetrators().isEmpty() ? "-" : String.join(",", a.perpetrators()), 22),
                    a.civiliansKilled(), a.killed(), a.injured(), a.independentSources(), a.grade().code(),
                    a.accused().code() + (a.acknowledgedCivilians().isEmpty() ? "" : " " + a.acknowledgedCivilians() + " civilians"));
        }
        out.flush();
    }

    private static String cut(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }
}
