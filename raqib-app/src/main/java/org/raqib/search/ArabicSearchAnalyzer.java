package org.raqib.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's Arabic chain with one more step: tokenize, lower-case (for Latin words), fold
 * Arabic-Indic digits, drop stop words, normalise (hamza forms, alef maqsura, ta marbuta,
 * diacritics, tatweel), add the forms without a bare proclitic ({@link ProcliticFilter}), and
 * light-stem (article and suffixes). الغارات، غارة and بغارة all meet at غار.
 */
public final class ArabicSearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new DecimalDigitFilter(s);
        s = new StopFilter(s, ArabicAnalyzer.getDefaultStopSet());
        s = new ArabicNormalizationFilter(s);
        s = new ProcliticFilter(s);
        s = new ArabicStemFilter(s);
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }
}
