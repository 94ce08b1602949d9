package dev.tilmash.vocabulary;

import dev.tilmash.language.Language;
import dev.tilmash.language.SlugTransliterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a term shows readers, as an immutable value: its key and its labels by language. A reader of
 * a language gets the label of the first language of that language's fallback chain that has one,
 * as content falls back; a term labelled in none of them shows its key, with a slug made from the
 * key by the rules of article slugs. Tags migrated from plain strings start that way.
 *
 * @param labels by canonical language tag
 */
record TermText(TermKind kind, String key, Map<String, Label> labels) {

  /** A label and its slug in one language. */
  record Label(String label, String slug) {}

  TermText {
    labels = Map.copyOf(labels);
  }

  /**
   * The term for a reader whose language has this fallback {@code chain} (from {@link
   * dev.tilmash.language.LanguageSet#chain}); the first language is the reader's.
   */
  LocalizedTerm in(List<Language> chain, SlugTransliterator slugs) {
    for (Language language : chain) {
      Label label = labels.get(language.tag());
      if (label != null) {
        return new LocalizedTerm(key, label.label(), label.slug());
      }
    }
    return new LocalizedTerm(key, key, slugs.slugFor(key, chain.get(0)));
  }

  /**
   * Whether a list filter's value names this term for a reader with this chain: its key, or the
   * slug or label (ignoring case) the reader sees.
   */
  boolean answersTo(String value, List<Language> chain, SlugTransliterator slugs) {
    if (key.equals(value)) {
      return true;
    }
    LocalizedTerm seen = in(chain, slugs);
    Locale locale = chain.get(0).locale().toLocale();
    return seen.slug().equals(value)
        || seen.label().toLowerCase(locale).equals(value.toLowerCase(locale));
  }
}
