package dev.tilmash.language;

import com.ibm.icu.util.ULocale;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The languages this installation publishes in: their order, the default language, each language's
 * fallback chain, and how a reader's locale maps onto them.
 *
 * <p>Built once from configuration (see {@link #of}) and immutable afterwards, so it can be shared
 * by every request. Adding a language or script variant ({@code uz-Cyrl}, {@code zh-Hant}) is a
 * configuration change: nothing here knows about particular languages.
 */
public final class LanguageSet {

  private final List<Language> languages;
  private final Map<String, Language> byTag;
  private final Language defaultLanguage;
  private final ReaderLocaleMatcher matcher;

  private LanguageSet(List<Language> languages, Language defaultLanguage) {
    this.languages = List.copyOf(languages);
    Map<String, Language> index = new LinkedHashMap<>();
    languages.forEach(language -> index.put(language.tag(), language));
    this.byTag = Map.copyOf(index);
    this.defaultLanguage = defaultLanguage;
    this.matcher = new ReaderLocaleMatcher(languages);
  }

  /**
   * Reads a language configuration. Tags may be in any spelling; they are canonicalized.
   *
   * @param tags the languages, in the order lists and menus show them
   * @param defaultTag the language of last resort; every chain ends with it
   * @param fallbacks per language, the languages to try next, in order (may be {@code null})
   * @param derivedFrom per script variant, the sibling it is transliterated from (may be {@code
   *     null})
   * @throws IllegalArgumentException when the configuration is inconsistent
   */
  public static LanguageSet of(
      List<String> tags,
      String defaultTag,
      Map<String, List<String>> fallbacks,
      Map<String, String> derivedFrom) {
    List<Language> languages = LanguageConfigReader.read(tags, fallbacks, derivedFrom);
    String tag = LanguageConfigReader.canonical(defaultTag, "default language");
    Language defaultLanguage =
        languages.stream()
            .filter(language -> language.tag().equals(tag))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "default language " + tag + " is not a configured language"));
    return new LanguageSet(languages, defaultLanguage);
  }

  public Language defaultLanguage() {
    return defaultLanguage;
  }

  /** Every language, in configuration order. */
  public List<Language> all() {
    return languages;
  }

  /** Every canonical tag, in configuration order; the {@code supportedLanguages} of a 404. */
  public List<String> tags() {
    return languages.stream().map(Language::tag).toList();
  }

  /** The language with exactly this tag (after canonicalization); empty for garbage. */
  public Optional<Language> find(String tag) {
    return LanguageTags.tryCanonicalize(tag).map(byTag::get);
  }

  /**
   * The language with exactly this tag, for places where the tag names what to change (a version's
   * language in the management API).
   *
   * @throws ProblemException {@code INVALID_LANGUAGE_TAG} for a malformed tag, {@code
   *     UNSUPPORTED_LANGUAGE} (with {@code supportedLanguages}) for one not configured
   */
  public Language require(String rawTag) {
    String tag = LanguageTags.canonicalize(rawTag);
    Language language = byTag.get(tag);
    if (language == null) {
      throw unsupported(tag);
    }
    return language;
  }

  /**
   * The language a tag in a request body names, in its member {@code field}. The body is understood
   * but names a language the set lacks, so a tag not configured is a 422 {@code
   * unconfigured-language} (with {@code field}, {@code tag} and {@code supportedLanguages}); a path
   * or query parameter names a resource instead, and gets the 404 of {@link #require(String)}.
   *
   * @throws ProblemException {@code INVALID_LANGUAGE_TAG} for a malformed tag, {@code
   *     UNCONFIGURED_LANGUAGE} for one not configured
   */
  public Language requireInBody(String field, String rawTag) {
    String tag = LanguageTags.canonicalize(rawTag);
    Language language = byTag.get(tag);
    if (language == null) {
      Map<String, Object> arguments = new LinkedHashMap<>();
      arguments.put("field", field);
      arguments.put("tag", tag);
      arguments.put("supportedLanguages", tags());
      throw new ProblemException(ProblemType.UNCONFIGURED_LANGUAGE, arguments);
    }
    return language;
  }

  /**
   * The canonical tags of a list of languages in a request body's member {@code field}, each
   * checked as by {@link #requireInBody}, without repeats and sorted; none for a missing list.
   */
  public java.util.List<String> tagsInBody(String field, java.util.List<String> rawTags) {
    if (rawTags == null) {
      return java.util.List.of();
    }
    return rawTags.stream()
        .map(tag -> requireInBody(field, tag).tag())
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * The language a reader asking for {@code rawTag} reads: the exact tag, or the same language in
   * another script or region ({@code uz-Latn} → {@code uz}, {@code zh-TW} → {@code zh-Hant} or
   * {@code zh}). Never another language: a reader who names a language explicitly gets it or a
   * clear 404.
   *
   * @throws ProblemException as {@link #require(String)}
   */
  public Language resolve(String rawTag) {
    String tag = LanguageTags.canonicalize(rawTag);
    return matcher.sameLanguage(ULocale.forLanguageTag(tag)).orElseThrow(() -> unsupported(tag));
  }

  /**
   * The order in which to look for a version a reader of {@code language} can read: the language
   * itself, its configured fallbacks, then the default language; each once.
   */
  public List<Language> chain(Language language) {
    Language own = byTag.get(language.tag());
    if (own == null) {
      throw new IllegalArgumentException(language.tag() + " is not in this language set");
    }
    List<Language> chain = new ArrayList<>();
    chain.add(own);
    own.fallbacks().forEach(tag -> chain.add(byTag.get(tag)));
    if (!chain.contains(defaultLanguage)) {
      chain.add(defaultLanguage);
    }
    return List.copyOf(chain);
  }

  /**
   * The configured language closest to a reader's locale: the exact tag; else the same language in
   * another script or region; else what CLDR considers readable ({@code ky} → {@code ru}); else
   * empty.
   */
  public Optional<Language> closest(ULocale desired) {
    return matcher.closest(desired);
  }

  private ProblemException unsupported(String tag) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("tag", tag);
    arguments.put("supportedLanguages", tags());
    return new ProblemException(ProblemType.UNSUPPORTED_LANGUAGE, arguments);
  }
}
