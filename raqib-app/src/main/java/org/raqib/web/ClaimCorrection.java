package org.raqib.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.DateRange;
import org.raqib.model.EventType;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.Stance;

/**
 * An analyst's corrected claim from the review form: every field of the contract an analyst can
 * change, checked (numbers, codes, dates, low ≤ best ≤ high), with the machine's spans kept
 * wherever the analyst left a value as it was. The evidence span never changes: it is the claim's id.
 */
final class ClaimCorrection {
    private ClaimCorrection() {}

    static Claim of(Context ctx, Claim machine, PlaceSuggestions places) {
        Map<Category, Count> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            Long low = number(ctx, c.field() + ".low"), best = number(ctx, c.field() + ".best"), high = number(ctx, c.field() + ".high");
            if (low == null && best == null && high == null) continue;
            if (best == null) best = low != null ? low : high;
            if (low == null) low = best;
            if (high == null) high = best;
            if (low > best || best > high) throw new BadRequest(c.field() + ": low ≤ best ≤ high is not true of " + low + ", " + best + ", " + high);
            Count was = machine.count(c);
            boolean same = was != null && Objects.equals(was.low(), low) && Objects.equals(was.best(), best) && Objects.equals(was.high(), high);
            counts.put(c, same ? was : new Count(low, best, high, was == null ? null : was.text(), was == null ? null : was.span()));
        }
        Kind kind = code(ctx, "kind", Kind::fromCode, machine.kind());
        Stance stance = code(ctx, "stance", Stance::fromCode, machine.stance());
        EventType type = code(ctx, "event_type", EventType::fromCode, machine.eventType());
        return new Claim(machine.doc(), kind, stance, actor(ctx, "source", machine.source()),
                actor(ctx, "perpetrator", machine.perpetrator()), type, date(ctx, machine.date()), place(ctx, machine.place(), places),
                counts, machine.evidence());
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        if (v == null) return null;
        if (v.length() > Params.MAX_LENGTH) throw new BadRequest("'" + name + "' is longer than " + Params.MAX_LENGTH + " characters");
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    private static Long number(Context ctx, String name) {
        String v = field(ctx, name);
        if (v == null) return null;
        if (!v.matches("[0-9]{1,9}")) throw new BadRequest("'" + name + "' must be a whole number from 0 to 999999999");
        return Long.parseLong(v);
    }

    private static <E> E code(Context ctx, String name, java.util.function.Function<String, E> parse, E byDefault) {
        String v = field(ctx, name);
        if (v == null) return byDefault;
        try {
            if (!v.matches("[a-z_]{1,40}")) throw new IllegalArgumentException();
            return parse.apply(v);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("'" + name + "' is not one of its codes");
        }
    }

    private static ActorMention actor(Context ctx, String name, ActorMention was) {
        String v = field(ctx, name);
        if (v == null) return null;
        if (!v.matches("[A-Z][A-Z0-9_]{0,39}")) throw new BadRequest("'" + name + "' must be an actor code such as SOHR (capital letters)");
        return was != null && v.equals(was.actor()) ? was : new ActorMention(was == null ? null : was.text(), v, was == null ? null : was.span());
    }

    private static DateRange date(Context ctx, DateRange was) {
        LocalDate from = day(ctx, "date_from"), to = day(ctx, "date_to");
        if (from == null && to == null) return null;
        if (from == null) from = to;
        if (to == null) to = from;
        if (to.isBefore(from)) throw new BadRequest("the date range ends before it starts");
        if (was != null && from.equals(was.from()) && to.equals(was.to())) return was;
        return new DateRange(was == null ? null : was.text(), from, to, was == null ? null : was.span());
    }

    private static LocalDate day(Context ctx, String name) {
        String v = field(ctx, name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest("'" + name + "' must be a day (YYYY-MM-DD)");
        }
    }

    /**
     * The place's names. A changed place takes the coordinates of the one gazetteer place of that
     * name (in that division and country when given; precision 1), and has none when no single
     * place has the name.
     */
    private static Place place(Context ctx, Place was, PlaceSuggestions places) {
        String name = field(ctx, "place"), admin1 = field(ctx, "admin1"), country = field(ctx, "country");
        if (name == null && admin1 == null && country == null) return null;
        if (country != null && !country.matches("[A-Z]{2}")) throw new BadRequest("'country' must be an ISO 3166-1 code such as SY");
        if (was != null && Objects.equals(name, was.name()) && Objects.equals(admin1, was.admin1()) && Objects.equals(country, was.country())) {
            return was;
        }
        var known = places == null ? java.util.Optional.<org.raqib.resolve.place.Gazetteer.Entry>empty() : places.exact(name, admin1, country);
        if (known.isPresent()) {
            var e = known.get();
            return new Place(was == null ? null : was.text(), name, admin1 == null ? e.admin1() : admin1, country == null ? e.country() : country,
                    e.lat(), e.lon(), 1, was == null ? null : was.span());
        }
        return new Place(was == null ? null : was.text(), name, admin1, country, null, null, null, was == null ? null : was.span());
    }
}
