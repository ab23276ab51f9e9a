package org.raqib.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Where a page of incidents ends: the date and id of its last incident, so the next page
 * starts after it even when incidents were added meanwhile. Opaque to clients (base64url).
 */
public record Cursor(LocalDate date, String id) {
    public String encode() {
        String s = (date == null ? "" : date.toString()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String s) {
        if (s == null) return null;
        try {
            String t = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
            int bar = t.indexOf('|');
            if (bar < 0) throw new IllegalArgumentException();
            return new Cursor(bar == 0 ? null : LocalDate.parse(t.substring(0, bar)), t.substring(bar + 1));
        } catch (RuntimeException e) {
            throw new BadRequest("parameter 'cursor' is not a cursor this site gave");
        }
    }
}
