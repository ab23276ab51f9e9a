package org.raqib.model;

/** The counted categories of a claim, each a JSON field of the contract. */
public enum Category {
    KILLED("killed"),
    CIVILIANS_KILLED("civilians_killed"),
    CHILDREN_KILLED("children_killed"),
    WOMEN_KILLED("women_killed"),
    COMBATANTS_KILLED("combatants_killed"),
    INJURED("injured");

    private final String field;

    Category(String field) { this.field = field; }

    /** The JSON field name, e.g. {@code civilians_killed}. */
    public String field() { return field; }

    public static Category fromField(String field) {
        for (Category c : values()) if (c.field.equals(field)) return c;
        throw new IllegalArgumentException("unknown count field: " + field);
    }
}
