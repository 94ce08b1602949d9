package dev.tilmash.article;

import dev.tilmash.language.Language;
import dev.tilmash.language.SlugTransliterator;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Chooses the slug of a version: the one asked for if it is free in that language, otherwise one
 * transliterated from the title, with {@code -2}, {@code -3}, ... when that is taken.
 */
@ApplicationScoped
public class Slugs {
  private final SlugTransliterator transliterator = new SlugTransliterator();

  @Inject ArticleRepository articles;

  public String choose(String requested, String title, Language language) {
    if (requested != null) {
      requireFree(requested, language);
      return requested;
    }
    String base = transliterator.slugFor(title, language);
    String candidate = base;
    for (int n = 2; articles.slugTaken(language.tag(), candidate); n++) {
      candidate = SlugTransliterator.numbered(base, n);
    }
    return candidate;
  }

  public void requireFree(String slug, Language language) {
    if (!SlugTransliterator.isValidSlug(slug)) {
      throw new ProblemException(ProblemType.INVALID_FIELD, Map.of("fields", List.of("slug")));
    }
    if (articles.slugTaken(language.tag(), slug)) {
      throw new ProblemException(
          ProblemType.CONFLICT, Map.of("slug", slug, "language", language.tag()));
    }
  }
}
