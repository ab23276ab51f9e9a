package org.raqib.accounts;

import java.util.Locale;

/**
 * What a person may do, each role including the ones before it: anonymous visitors read the
 * public record; analysts review claims and propose grades; editors also publish, merge, split
 * and discount; admins also manage accounts.
 */
public enum Role {
    ANONYMOUS, ANALYST, EDITOR, ADMIN;

    /** Whether this role may do what the given role may. */
    public boolean includes(Role required) { return ordinal() >= required.ordinal(); }

    public String code() { return name().toLowerCase(Locale.ROOT); }

    /** A role an account can hold (not anonymous), from its code. */
    public static Role ofAccount(String code) {
        for (Role r : values()) {
            if (r != ANONYMOUS && r.code().equals(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))) return r;
        }
        throw new IllegalArgumentException("unknown role '" + code + "' (analyst, editor, admin)");
    }
}
