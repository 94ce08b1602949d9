package dev.tilmash.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A term-by-term rewrite ({@link TurkicAnalyzer}'s transliteration, folding and prefix) that
 * remembers its answers. ICU transliteration cost about half of indexing; words repeat, so most
 * terms are rewritten once. The rewrite must depend on the term's text alone, as ICU's token
 * filters do, so a remembered answer is exactly what the filters would give again.
 */
final class RememberedTerms {
  /** A few hundred thousand distinct words of a newsroom's languages; beyond it, start over. */
  private static final int MAX_ENTRIES = 200_000;

  private final UnaryOperator<String> rewrite;
  private final Map<String, String> answers = new ConcurrentHashMap<>();

  RememberedTerms(UnaryOperator<String> rewrite) {
    this.rewrite = rewrite;
  }

  String apply(String term) {
    String answer = answers.get(term);
    if (answer == null) {
      if (answers.size() >= MAX_ENTRIES) {
        answers.clear();
      }
      answer = rewrite.apply(term);
      answers.put(term, answer);
    }
    return answer;
  }

  TokenStream filter(TokenStream tokens) {
    return new Filter(tokens);
  }

  private final class Filter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Filter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
      if (!input.incrementToken()) {
        return false;
      }
      String text = term.toString();
      String rewritten = apply(text);
      if (!rewritten.equals(text)) {
        term.setEmpty().append(rewritten);
      }
      return true;
    }
  }
}
