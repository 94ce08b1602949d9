package dev.tilmash.article;

import java.util.Objects;

/**
 * What the words of a derived version follow: a revision of its sibling in another script ({@code
 * uz} revision 3 for {@code uz-Cyrl}). A derived version is outdated once the sibling has published
 * a newer revision as a real (not minor) change.
 *
 * @param language the sibling's tag
 * @param revision the sibling's revision number
 */
public record Derivation(String language, int revision) {
  public Derivation {
    Objects.requireNonNull(language, "language");
  }

  /** The comment of the revision a transliteration writes. */
  String comment() {
    return "derived from " + language + " revision " + revision + " by ICU transliteration";
  }
}
