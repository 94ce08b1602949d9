package dev.tilmash.delivery;

import dev.tilmash.article.Article;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.Revision;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageNegotiator;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.language.Negotiation;
import dev.tilmash.language.WordCounter;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import dev.tilmash.vocabulary.Vocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders published content for client sites, in the language negotiated for each reader, as ready
 * JSON bytes. Reads in one transaction; {@link DeliveryService} caches what it renders.
 */
@ApplicationScoped
@Transactional
public class DeliveryRenderer {
  @Inject PublishedContent published;
  @Inject LanguageSet languages;
  @Inject LanguageNegotiator negotiator;
  @Inject DeliverySettings settings;
  @Inject Vocabulary vocabulary;
  private final Jsonb json = JsonbBuilder.create();

  public Delivery render(String key, String lang, String acceptLanguage, URI base) {
    Article article = locate(key).orElse(null);
    if (article == null) {
      Optional<LanguageVersion> renamed = published.byOldSlug(key).stream().findFirst();
      if (renamed.isPresent()) {
        return new Delivery.Moved(renamed.get().article().id(), renamed.get().slug());
      }
      throw nothingPublished(key);
    }
    Map<String, LanguageVersion> live =
        published.liveVersions(article.id()).stream()
            .collect(Collectors.toMap(LanguageVersion::language, Function.identity()));
    Negotiation negotiation =
        negotiator.negotiate(lang, acceptLanguage, live.keySet(), article.sourceLanguage());
    Language served = negotiation.served().orElseThrow(() -> nothingPublished(key));
    LanguageVersion version = live.get(served.tag());
    Map<String, String> alternates = new LinkedHashMap<>();
    live.values().stream()
        .sorted(Comparator.comparing(LanguageVersion::language))
        .forEach(v -> alternates.put(v.language(), url(base, v)));
    DeliveredArticle delivered =
        shape(
            article,
            version,
            version.live(),
            served,
            negotiation.requestedLanguage(),
            negotiation.fallback(),
            live.values(),
            base);
    Instant lastModified =
        live.values().stream()
            .map(LanguageVersion::publishedAt)
            .max(Comparator.naturalOrder())
            .orElseThrow()
            .truncatedTo(ChronoUnit.SECONDS);
    return new Delivery.Found(
        article.id(),
        served.tag(),
        bytes(delivered),
        etag(delivered, live.values()),
        lastModified,
        alternates);
  }

  /**
   * Any revision of a version in the delivery shape, with the article's live languages as its
   * translations: for the preview of unpublished text, which is never cached. {@code publishedAt}
   * is the version's, null when it was never published.
   */
  public DeliveredArticle shape(
      Article article, LanguageVersion version, Revision revision, URI base) {
    Language language = languages.resolve(version.language());
    return shape(
        article,
        version,
        revision,
        language,
        language.tag(),
        false,
        published.liveVersions(article.id()),
        base);
  }

  private DeliveredArticle shape(
      Article article,
      LanguageVersion version,
      Revision revision,
      Language served,
      String requestedLanguage,
      boolean fallback,
      java.util.Collection<LanguageVersion> live,
      URI base) {
    int words = revision.wordCount();
    Instant publishedAt = version.publishedAt();
    return new DeliveredArticle(
        article.id(),
        served.tag(),
        requestedLanguage,
        fallback,
        revision.title(),
        revision.summary(),
        revision.bodyHtml(),
        version.slug(),
        vocabulary.tags(article.tags(), served.tag()),
        vocabulary.section(article.section(), served.tag()),
        article.author(),
        article.source(),
        publishedAt,
        publishedAt == null
            ? null
            : PublishedDates.format(publishedAt, served.locale(), settings.zone()),
        words,
        WordCounter.readingMinutes(words, settings.wordsPerMinute()),
        live.stream()
            .filter(v -> !v.language().equals(version.language()))
            .sorted(Comparator.comparing(LanguageVersion::language))
            .map(v -> new DeliveredArticle.Translation(v.language(), v.slug(), url(base, v)))
            .toList());
  }

  /**
   * Published articles in one language; with {@code fallback}, gaps filled along its chain; with
   * {@code terms}, only those with that tag and in that section, named as a reader of the list's
   * language names them.
   */
  public DeliveredList list(
      String lang,
      String acceptLanguage,
      boolean fallback,
      ListTerms terms,
      PageRequest page,
      URI base) {
    Language language = listLanguage(lang, acceptLanguage);
    TermFilter filter = terms.resolve(vocabulary, language.tag());
    return new DeliveredList(bytes(page(language, fallback, filter, page, base)), language.tag());
  }

  private Page<DeliveredSummary> page(
      Language language, boolean fallback, TermFilter filter, PageRequest page, URI base) {
    if (!fallback) {
      List<DeliveredSummary> items =
          published.liveIn(language.tag(), filter, page.offset(), page.size()).stream()
              .map(v -> summary(v, false, base))
              .toList();
      long total = published.countLiveIn(language.tag(), filter);
      return new Page<>(items, page.page(), page.size(), total);
    }
    List<String> chain = languages.chain(language).stream().map(Language::tag).toList();
    List<String> ids = published.articlesLiveInAny(chain, filter, page.offset(), page.size());
    Map<String, List<LanguageVersion>> byArticle =
        published.liveVersionsOf(ids, chain).stream()
            .collect(Collectors.groupingBy(v -> v.article().id()));
    List<DeliveredSummary> items =
        ids.stream()
            .map(id -> best(byArticle.get(id), chain))
            .map(v -> summary(v, !v.language().equals(language.tag()), base))
            .toList();
    return new Page<>(
        items, page.page(), page.size(), published.countArticlesLiveInAny(chain, filter));
  }

  /** The language a list is in: {@code lang}, or the reader's first acceptable language. */
  public Language listLanguage(String lang, String acceptLanguage) {
    if (lang != null && !lang.isBlank()) {
      return languages.resolve(lang);
    }
    Negotiation negotiation =
        negotiator.negotiate(null, acceptLanguage, java.util.Set.copyOf(languages.tags()), null);
    return negotiation.served().orElse(languages.defaultLanguage());
  }

  private byte[] bytes(Object value) {
    return json.toJson(value).getBytes(StandardCharsets.UTF_8);
  }

  private Optional<Article> locate(String key) {
    if (published.looksLikeId(key)) {
      return published.article(key);
    }
    return published.bySlug(key).stream().findFirst().map(LanguageVersion::article);
  }

  private static LanguageVersion best(List<LanguageVersion> versions, List<String> chain) {
    return versions.stream()
        .min(Comparator.comparingInt(v -> chain.indexOf(v.language())))
        .orElseThrow();
  }

  private DeliveredSummary summary(LanguageVersion v, boolean fallback, URI base) {
    return DeliveredSummaries.of(v, fallback, summaryContext(base));
  }

  /** How summaries are written for readers at {@code base}. */
  DeliveredSummaries.Context summaryContext(URI base) {
    return new DeliveredSummaries.Context(settings.zone(), base, vocabulary);
  }

  private static String url(URI base, LanguageVersion v) {
    return PublicLinks.article(base, v.slug(), v.language());
  }

  private static String etag(DeliveredArticle article, java.util.Collection<LanguageVersion> live) {
    StringBuilder state =
        new StringBuilder(article.id())
            .append('|')
            .append(article.language())
            .append('|')
            .append(article.requestedLanguage())
            .append('|')
            .append(article.fallback())
            .append('|')
            .append(article.tags())
            .append('|')
            .append(article.section());
    live.stream()
        .sorted(Comparator.comparing(LanguageVersion::language))
        .forEach(
            v ->
                state
                    .append('|')
                    .append(v.language())
                    .append(':')
                    .append(v.slug())
                    .append(':')
                    .append(v.live().id()));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(state.toString().getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ProblemException nothingPublished(String key) {
    return new ProblemException(ProblemType.NOTHING_PUBLISHED, Map.of("id", key));
  }
}
