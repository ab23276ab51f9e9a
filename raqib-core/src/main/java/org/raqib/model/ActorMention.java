package org.raqib.model;

/** A party named in the text ({@code text}) and its actor code (e.g. SOHR, COALITION). */
public record ActorMention(String text, String actor, Span span) {
    public ActorMention(String text, String actor) { this(text, actor, null); }
}
