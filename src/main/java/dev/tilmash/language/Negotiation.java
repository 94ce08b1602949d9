package dev.tilmash.language;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of content negotiation for one article and one reader.
 *
 * @param served the language version to return; empty when nothing acceptable is published (the
 *     caller answers 404)
 * @param requestedLanguage what the reader asked for, as a canonical tag: the configured language
 *     their request mapped to, else their first well-formed Accept-Language tag ({@code de-DE}),
 *     else the default language
 * @param fallback whether the version served is not the one asked for, so a client can say "not
 *     available in your language"
 */
public record Negotiation(Optional<Language> served, String requestedLanguage, boolean fallback) {

  public Negotiation {
    Objects.requireNonNull(served, "served");
    Objects.requireNonNull(requestedLanguage, "requestedLanguage");
  }

  static Negotiation of(Optional<Language> served, String requestedLanguage) {
    boolean fallback =
        served.map(language -> !language.tag().equals(requestedLanguage)).orElse(false);
    return new Negotiation(served, requestedLanguage, fallback);
  }
}
