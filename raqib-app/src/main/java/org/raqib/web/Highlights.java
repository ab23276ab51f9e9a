package org.raqib.web;

import java.util.ArrayList;
import java.util.List;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.Span;

/**
 * Cuts a document's text into pieces for display: plain text, a claim's evidence, and the
 * figures inside it. The pieces are plain strings; the template marks them up and escapes
 * them, so no archived character is ever written as markup.
 */
public final class Highlights {
    /** A piece of text and how it is shown: {@code plain}, {@code evidence} or {@code figure}. */
    public record Piece(String text, String kind) {}

    /** Around a claim's evidence, at most this many characters of its paragraph are shown on each side. */
    private static final int CONTEXT = 400;

    private Highlights() {}

    /** The paragraph around a claim's evidence, with the evidence and its figures marked. */
    public static List<Piece> paragraph(String text, Claim claim) {
        Span ev = evidence(text, claim);
        if (ev == null) return List.of();
        int start = text.lastIndexOf('\n', Math.max(0, ev.start() - 1)) + 1;
        if (ev.start() == 0) start = 0;
        int end = text.indexOf('\n', ev.end());
        if (end < 0) end = text.length();
        start = Math.max(start, ev.start() - CONTEXT);
        end = Math.min(end, ev.end() + CONTEXT);
        return pieces(text, start, end, List.of(claim));
    }

    /** The whole text with every claim's evidence and figures marked. */
    public static List<Piece> document(String text, List<Claim> claims) {
        return pieces(text, 0, text.length(), claims);
    }

    private static List<Piece> pieces(String text, int from, int to, List<Claim> claims) {
        // one mark per character: 0 plain, 1 evidence, 2 figure
        byte[] mark = new byte[to - from];
        for (Claim c : claims) {
            Span ev = evidence(text, c);
            if (ev == null) continue;
            for (int k = Math.max(from, ev.start()); k < Math.min(to, ev.end()); k++) mark[k - from] = (byte) Math.max(mark[k - from], 1);
            for (Count n : c.counts().values()) {
                Span s = figure(text, ev, n);
                if (s == null) continue;
                for (int k = Math.max(from, s.start()); k < Math.min(to, s.end()); k++) mark[k - from] = 2;
            }
        }
        List<Piece> out = new ArrayList<>();
        int k = 0;
        while (k < mark.length) {
            int j = k;
            while (j < mark.length && mark[j] == mark[k]) j++;
            out.add(new Piece(text.substring(from + k, from + j), switch (mark[k]) {
                case 1 -> "evidence";
                case 2 -> "figure";
                default -> "plain";
            }));
            k = j;
        }
        return out;
    }

    /** The claim's evidence span when it lies inside the text (a stored span is checked, never trusted). */
    private static Span evidence(String text, Claim c) {
        Span ev = c.evidence();
        if (ev == null || ev.end() > text.length()) return null;
        return ev;
    }

    /** Where a figure was read: its own span, else its words found inside the evidence. */
    private static Span figure(String text, Span evidence, Count n) {
        Span s = n.span();
        if (s != null && s.start() >= evidence.start() && s.end() <= evidence.end() && s.end() <= text.length()) return s;
        if (n.text() == null || n.text().isEmpty()) return null;
        int at = text.indexOf(n.text(), evidence.start());
        if (at < 0 || at + n.text().length() > evidence.end()) return null;
        return new Span(at, at + n.text().length(), n.text());
    }
}
