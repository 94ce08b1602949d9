package dev.tilmash.language;

import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the language version of an article to serve to a reader, from an explicit {@code ?lang=},
 * the {@code Accept-Language} header, the configured fallback chains and the article's source
 * language.
 *
 * <p>It builds an ordered list of candidate languages and serves the first one that is published:
 *
 * <ul>
 *   <li>explicit {@code ?lang=}: that language (same-language mapping only: {@code uz-Latn} →
 *       {@code uz}), its chain, the source language. Malformed → 400, unknown → 404.
 *   <li>header: every entry mapped by {@link LanguageSet#closest} in preference order, the chain of
 *       the first one, the source language, and, when the reader sent {@code *}, the default
 *       language and every published language.
 *   <li>no usable header (absent, garbage, only {@code *}): the default language's chain, the
 *       source language, then any published language.
 * </ul>
 *
 * Stateless apart from the immutable {@link LanguageSet}; safe to share.
 */
public final class LanguageNegotiator {

  private final LanguageSet languages;

  public LanguageNegotiator(LanguageSet languages) {
    this.languages = Objects.requireNonNull(languages, "languages");
  }

  /**
   * Negotiates the language of one article for one reader.
   *
   * @param explicitLang the {@code lang} query parameter, or {@code null}
   * @param acceptLanguage the {@code Accept-Language} header, or {@code null}
   * @param publishedTags tags of the article's published versions
   * @param sourceTag the article's source language, or {@code null}
   * @throws dev.tilmash.shared.ProblemException only for a malformed or unsupported {@code
   *     explicitLang}; the header never causes an error
   */
  public Negotiation negotiate(
      String explicitLang, String acceptLanguage, Set<String> publishedTags, String sourceTag) {
    Set<String> published = canonical(publishedTags);
    Optional<Language> source = languages.find(sourceTag);
    if (explicitLang != null && !explicitLang.isBlank()) {
      return forExplicit(languages.resolve(explicitLang), source, published);
    }
    AcceptLanguage header = AcceptLanguage.parse(acceptLanguage);
    return header.expressesNoPreference()
        ? forNoPreference(source, published)
        : forHeader(header, source, published);
  }

  private Negotiation forExplicit(
      Language requested, Optional<Language> source, Set<String> published) {
    Set<Language> candidates = new LinkedHashSet<>(languages.chain(requested));
    source.ifPresent(candidates::add);
    return Negotiation.of(firstPublished(candidates, published), requested.tag());
  }

  private Negotiation forNoPreference(Optional<Language> source, Set<String> published) {
    Language requested = languages.defaultLanguage();
    Set<Language> candidates = new LinkedHashSet<>(languages.chain(requested));
    source.ifPresent(candidates::add);
    candidates.addAll(languages.all());
    return Negotiation.of(firstPublished(candidates, published), requested.tag());
  }

  private Negotiation forHeader(
      AcceptLanguage header, Optional<Language> source, Set<String> published) {
    Set<Language> mapped = new LinkedHashSet<>();
    for (String tag : header.tags()) {
      languages.closest(ULocale.forLanguageTag(tag)).ifPresent(mapped::add);
    }
    Set<Language> candidates = new LinkedHashSet<>(mapped);
    Optional<Language> first = mapped.stream().findFirst();
    first.ifPresent(language -> candidates.addAll(languages.chain(language)));
    source.ifPresent(candidates::add);
    if (header.wildcard()) {
      candidates.add(languages.defaultLanguage());
      candidates.addAll(languages.all());
    }
    // Nothing mapped: report what the reader actually asked for (de-DE), not a guess.
    String requested = first.map(Language::tag).orElse(header.tags().get(0));
    return Negotiation.of(firstPublished(candidates, published), requested);
  }

  private static Optional<Language> firstPublished(
      Set<Language> candidates, Set<String> published) {
    return candidates.stream().filter(language -> published.contains(language.tag())).findFirst();
  }

  private static Set<String> canonical(Set<String> tags) {
    Set<String> canonical = new HashSet<>();
    for (String tag : Objects.requireNonNull(tags, "publishedTags")) {
      LanguageTags.tryCanonicalize(tag).ifPresent(canonical::add);
    }
    return canonical;
  }
}
