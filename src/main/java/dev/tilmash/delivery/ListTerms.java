package dev.tilmash.delivery;

import dev.tilmash.vocabulary.TermKind;
import dev.tilmash.vocabulary.Vocabulary;

/**
 * A delivery list's {@code ?tag=} and {@code ?section=} as asked: a key, or a slug or label in the
 * list's language. Blank is absent.
 */
record ListTerms(String tag, String section) {
  static final ListTerms NONE = new ListTerms(null, null);

  static ListTerms of(String tag, String section) {
    return new ListTerms(blankless(tag), blankless(section));
  }

  boolean isEmpty() {
    return tag == null && section == null;
  }

  /** The keys these name for a reader of {@code language}. */
  TermFilter resolve(Vocabulary vocabulary, String language) {
    return new TermFilter(
        tag == null ? null : vocabulary.keysNamedBy(TermKind.TAG, tag, language),
        section == null ? null : vocabulary.keysNamedBy(TermKind.SECTION, section, language));
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
