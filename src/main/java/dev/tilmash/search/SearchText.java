package dev.tilmash.search;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;

/**
 * What someone typed into a search box: 1 to {@value #MAX_LENGTH} characters once trimmed. Read as
 * a simple query string: every word must match ({@code +}, {@code |}, {@code -}, quotes for phrases
 * and a trailing {@code *} for prefixes work too), and a syntax error never fails.
 */
public record SearchText(String text) {
  public static final int MAX_LENGTH = 200;

  public static SearchText of(String raw) {
    String text = raw == null ? "" : raw.strip();
    int length = text.codePointCount(0, text.length());
    if (length == 0 || length > MAX_LENGTH) {
      throw new ProblemException(
          ProblemType.INVALID_SEARCH_QUERY, Map.of("maxLength", MAX_LENGTH, "length", length));
    }
    return new SearchText(text);
  }

  /** The words in any of the fields of these parts and analyses, each field with its boost. */
  PredicateFinalStep in(
      SearchPredicateFactory f, List<TextField> parts, Collection<LanguageAnalysis> analyses) {
    SimpleQueryStringPredicateFieldMoreStep<?, ?> fields = null;
    for (TextField part : parts) {
      String[] names = part.names(analyses).toArray(String[]::new);
      fields =
          (fields == null ? f.simpleQueryString().fields(names) : fields.fields(names))
              .boost(part.boost());
    }
    if (fields == null) {
      throw new IllegalArgumentException("no fields to search");
    }
    return fields.matching(text).defaultOperator(BooleanOperator.AND);
  }
}
