package dev.tilmash.vocabulary;

import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.language.SlugTransliterator;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the labels an editor gives a term and chooses their slugs, by the rules of article slugs:
 * one language at most once, a configured language (422 otherwise, as for any body), and per
 * language a slug that no other term of the kind has. A slug asked for must be free (409); one made
 * from the label by {@link SlugTransliterator} takes {@code -2}, {@code -3}, ... when it is not.
 */
@ApplicationScoped
public class TermLabels {
  private final SlugTransliterator transliterator = new SlugTransliterator();

  @PersistenceContext EntityManager em;
  @Inject LanguageSet languages;

  Map<String, TermLabel> of(TermKind kind, String key, List<LabelInput> inputs) {
    Map<String, TermLabel> labels = new LinkedHashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      LabelInput input = inputs.get(i);
      Language language = languages.requireInBody("labels/" + i + "/language", input.language());
      if (labels.containsKey(language.tag())) {
        throw new ProblemException(
            ProblemType.INVALID_FIELD, Map.of("fields", List.of("labels/" + i + "/language")));
      }
      String label = input.label().strip();
      String slug = slug(kind, key, language, label, input.slug());
      labels.put(language.tag(), new TermLabel(kind, label, slug));
    }
    return labels;
  }

  private String slug(TermKind kind, String key, Language language, String label, String asked) {
    if (asked != null) {
      if (taken(kind, key, language, asked)) {
        throw new ProblemException(
            ProblemType.TERM_SLUG_TAKEN,
            Map.of("kind", kind.id(), "slug", asked, "language", language.tag()));
      }
      return asked;
    }
    String base = transliterator.slugFor(label, language);
    String candidate = base;
    for (int n = 2; taken(kind, key, language, candidate); n++) {
      candidate = SlugTransliterator.numbered(base, n);
    }
    return candidate;
  }

  /** Whether another term of the kind has this slug in this language. */
  private boolean taken(TermKind kind, String key, Language language, String slug) {
    return !em.createQuery(
            "select t.id from Term t join t.labels l where t.kind = :kind and t.key <> :key"
                + " and key(l) = :language and l.slug = :slug",
            String.class)
        .setParameter("kind", kind.id())
        .setParameter("key", key)
        .setParameter("language", language.tag())
        .setParameter("slug", slug)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
