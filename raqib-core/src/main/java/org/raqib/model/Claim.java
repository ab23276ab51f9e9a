package org.raqib.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One statement in one document about people killed or injured by violence, as defined by
 * the claim contract ({@code shared/spec/claims.md}). Categories the text does not state
 * are absent from {@code counts}.
 */
public record Claim(String doc, Kind kind, Stance stance, ActorMention source, ActorMention perpetrator,
                    EventType eventType, DateRange date, Place place, Map<Category, Count> counts,
                    Span evidence) {

    public Claim {
        EnumMap<Category, Count> copy = new EnumMap<>(Category.class);
        if (counts != null) copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
    }

    public Count count(Category category) { return counts.get(category); }

    /** The best value of a category, or null when the category is absent or vague. */
    public Long best(Category category) {
        Count c = counts.get(category);
        return c == null ? null : c.best();
    }
}
