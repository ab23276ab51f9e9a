package org.raqib.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.raqib.extract.ClaimExtractor;
import org.raqib.model.Claim;
import org.raqib.model.Document;

/**
 * The claim extractor with bounds for a pipeline that must go on: a text longer than
 * {@link #MAX_TEXT_CHARS} is read only up to there (a warning says so), and a document whose
 * reading fails yields no claims and a failure to report instead of stopping the run. No
 * news report is near the limit; a page that is (a runaway capture, a dump pasted into one
 * field) still has its opening read, with memory and time bounded.
 */
public final class GuardedExtractor {
    /** About 2 million characters: some 4 MB of Arabic, a few hundred times the longest report. */
    public static final int MAX_TEXT_CHARS = 2_000_000;

    /** What reading one document gave: its claims, and a warning (cut short) or a failure, or neither. */
    public record Outcome(List<Claim> claims, String warning, String failure) {
        /** What to record with the extraction: the failure, else the warning, else null. */
        public String note() { return failure != null ? "failed: " + failure : warning; }
    }

    private final Function<Document, List<Claim>> extractor;
    private final int maxChars;

    public GuardedExtractor(ClaimExtractor extractor) { this(extractor::extract, MAX_TEXT_CHARS); }

    /** Any reading of claims, with any limit (tests use a small one). */
    GuardedExtractor(Function<Document, List<Claim>> extractor, int maxChars) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.maxChars = maxChars;
    }

    public Outcome extract(Document doc) {
        Document read = doc;
        String warning = null;
        if (doc.text().length() > maxChars) {
            // a prefix keeps every claim's offsets valid in the whole text
            int cut = cutAt(doc.text(), maxChars);
            read = new Document(doc.id(), doc.url(), doc.published(), doc.lang(), doc.title(), doc.text().substring(0, cut));
            warning = "too long (" + size(doc.text().length()) + " of text): read the first "
                    + size(cut) + " only";
        }
        try {
            return new Outcome(extractor.apply(read), warning, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(List.of(), warning, describe(e));
        } catch (OutOfMemoryError e) {
            // the document's structures are garbage once we are here: the next document can still be read
            return new Outcome(List.of(), warning, "ran out of memory (" + size(read.text().length()) + " of text)");
        }
    }

    /** The end of the last whole word (or line) before the limit, so no word is cut in two. */
    static int cutAt(String text, int limit) {
        for (int k = limit; k > limit - 1000 && k > 0; k--) {
            if (Character.isWhitespace(text.charAt(k))) return k;
        }
        // no space near the limit: do not split a surrogate pair
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static String size(long chars) {
        return String.format(java.util.Locale.ROOT, "%.1f million characters", chars / 1e6);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m)
                + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "");
    }
}
