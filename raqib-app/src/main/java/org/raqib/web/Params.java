package org.raqib.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads query parameters with bounds: every value at most {@link #MAX_LENGTH} characters,
 * one value per name, numbers and dates checked, so a hostile query is refused with a 400
 * naming the parameter rather than reaching the record.
 */
public final class Params {
    public static final int MAX_LENGTH = 200;
    public static final int MAX_PARAMS = 30;

    private final Map<String, List<String>> values;

    public Params(Map<String, List<String>> values) {
        if (values.size() > MAX_PARAMS) throw new BadRequest("too many query parameters (at most " + MAX_PARAMS + ")");
        this.values = values;
    }

    /** The value of a parameter, null when absent or empty. */
    public String get(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty()) return null;
        if (v.size() > 1) throw new BadRequest("parameter '" + name + "' is given " + v.size() + " times");
        String s = v.getFirst();
        if (s.length() > MAX_LENGTH) throw new BadRequest("parameter '" + name + "' is longer than " + MAX_LENGTH + " characters");
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    public LocalDate date(String name) {
        String s = get(name);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadRequest("parameter '" + name + "' is not a date (YYYY-MM-DD)");
        }
    }

    public int integer(String name, int byDefault, int min, int max) {
        String s = get(name);
        if (s == null) return byDefault;
        try {
            int n = Integer.parseInt(s);
            if (n < min || n > max) throw new BadRequest("parameter '" + name + "' must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("parameter '" + name + "' is not a whole number");
        }
    }

    /** An enum code (lower case), refused with the list of allowed codes when unknown. */
    public <E extends Enum<E>> E code(String name, Class<E> type, Function<E, String> code) {
        String s = get(name);
        if (s == null) return null;
        for (E e : type.getEnumConstants()) if (code.apply(e).equalsIgnoreCase(s)) return e;
        throw new BadRequest("parameter '" + name + "' must be one of " + java.util.Arrays.stream(type.getEnumConstants()).map(code).toList());
    }
}
