package org.raqib.extract;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a cue word of cues.tsv tells the claim rules: a closed set, so a misspelt kind in the
 * file stops the loading instead of turning an air strike into "unknown".
 */
enum Cue {
    /** Kinds of violence; BOMBARDMENT (قصف) is an airstrike when the attacker only flies, else shelling. */
    AIRSTRIKE, SHELLING, EXPLOSION, CLASH, BOMBARDMENT,
    /** An attack of no named kind (هجوم، استهداف). */
    ATTACK,
    /** A part of the toll just given (بينهم، من بينهم، من أصل). */
    AMONG,
    /** Another clause begins (فيما، في حين): its toll is another claim. */
    CLAUSE,
    /** A period: the toll is a tally (منذ بداية، خلال). */
    PERIOD,
    /** Several places or incidents (في مناطق متفرقة، تلك المجازر): the toll is a tally. */
    PLACES,
    DENIAL, ACKNOWLEDGEMENT,
    /** A party that controls a place (يسيطر عليها): not the attacker. */
    CONTROL,
    /** A road accident or a flood: no violence. */
    ACCIDENT,
    /** A ceasefire: read whole so that its words (وقف، إطلاق النار) are not taken for anything else. */
    CEASEFIRE,
    /** Words read whole so that a cue inside them tells nothing (سلسلة بيانات: statements, not raids). */
    NOTHING;

    /** The cues that name violence (an attack of any kind). */
    static final Set<Cue> EVENTS = EnumSet.of(AIRSTRIKE, SHELLING, EXPLOSION, CLASH, BOMBARDMENT, ATTACK);
    /** The cues that say what kind of attack (the contract's event types, and قصف). */
    static final Set<Cue> KINDS = EnumSet.of(AIRSTRIKE, SHELLING, EXPLOSION, CLASH, BOMBARDMENT);
    /** The kinds that are an event type themselves. */
    static final Set<Cue> SPECIFIC = EnumSet.of(AIRSTRIKE, SHELLING, EXPLOSION, CLASH);

    boolean isEvent() { return EVENTS.contains(this); }

    /** The contract's code of a specific kind (airstrike, shelling, explosion, clash). */
    String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** The contract's event type of a specific kind (read once per claim and sentence: no string made). */
    org.raqib.model.EventType eventType() {
        return switch (this) {
            case AIRSTRIKE -> org.raqib.model.EventType.AIRSTRIKE;
            case SHELLING -> org.raqib.model.EventType.SHELLING;
            case EXPLOSION -> org.raqib.model.EventType.EXPLOSION;
            case CLASH -> org.raqib.model.EventType.CLASH;
            default -> throw new IllegalStateException(this + " names no event type of its own");
        };
    }
}
