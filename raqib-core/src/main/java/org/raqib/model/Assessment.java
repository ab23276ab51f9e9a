package org.raqib.model;

import java.util.List;

/**
 * An incident as casualty recorders assess it: each figure as a range over independent
 * sources, how many independent sources there are, who is alleged to have caused it, what
 * the accused said and the civilian deaths it admitted (its own assessment, kept beside the
 * range as Airwars keeps the belligerent's figure), and the grade.
 */
public record Assessment(Range killed, Range civiliansKilled, Range childrenKilled, Range womenKilled,
                         Range combatantsKilled, Range injured, int independentSources, List<String> perpetrators,
                         AccusedStatement accused, Range acknowledgedCivilians, Grade grade) {
    public Assessment {
        perpetrators = List.copyOf(perpetrators);
        // incidents stored before the accused's figure was recorded have none
        if (acknowledgedCivilians == null) acknowledgedCivilians = Range.NONE;
    }

    public Range range(Category c) {
        return switch (c) {
            case KILLED -> killed;
            case CIVILIANS_KILLED -> civiliansKilled;
            case CHILDREN_KILLED -> childrenKilled;
            case WOMEN_KILLED -> womenKilled;
            case COMBATANTS_KILLED -> combatantsKilled;
            case INJURED -> injured;
        };
    }
}
