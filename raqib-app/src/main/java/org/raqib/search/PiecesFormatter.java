package org.raqib.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Passages as lists of plain-text pieces, the matched words flagged, instead of Lucene's
 * HTML snippets: the page escapes them like any other archived text.
 */
final class PiecesFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
        List<List<SearchResult.Piece>> out = new ArrayList<>();
        for (Passage p : passages) {
            List<SearchResult.Piece> pieces = new ArrayList<>();
            int pos = p.getStartOffset();
            for (int k = 0; k < p.getNumMatches(); k++) {
                int start = Math.max(p.getMatchStarts()[k], pos);
                int end = p.getMatchEnds()[k];
                if (end <= start) continue;
                if (start > pos) pieces.add(new SearchResult.Piece(content.substring(pos, start), false));
                pieces.add(new SearchResult.Piece(content.substring(start, end), true));
                pos = end;
            }
            if (pos < p.getEndOffset()) pieces.add(new SearchResult.Piece(content.substring(pos, p.getEndOffset()), false));
            out.add(pieces);
        }
        return out;
    }
}
