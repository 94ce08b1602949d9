package dev.tilmash.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An article for editors: what all languages share, and a summary of every version. */
public record ArticleView(
    String id,
    String sourceLanguage,
    String title,
    List<String> tags,
    String section,
    String author,
    String source,
    Instant createdAt,
    String createdBy,
    Instant lastPublishedAt,
    List<VersionSummary> versions) {

  static ArticleView of(Article article, List<LanguageVersion> versions) {
    LanguageVersion sourceVersion =
        versions.stream().filter(LanguageVersion::isSource).findFirst().orElse(null);
    // Each version is measured against the one it follows: the source, or a derived one's sibling.
    Map<String, LanguageVersion> byLanguage =
        versions.stream().collect(Collectors.toMap(LanguageVersion::language, Function.identity()));
    return of(
        article,
        sourceVersion == null ? null : sourceVersion.working().title(),
        versions.stream()
            .map(v -> VersionSummary.of(v, v.basisMajorRevision(byLanguage.get(v.basisLanguage()))))
            .toList());
  }

  /**
   * The same view from the editorial list's lighter reading of the versions; {@link
   * ArticleRepository#summariesOf} gives them in language order.
   */
  static ArticleView ofSummaries(Article article, List<SummarizedVersion> versions) {
    String sourceLanguage = article.sourceLanguage();
    Map<String, SummarizedVersion> byLanguage =
        versions.stream()
            .collect(Collectors.toMap(SummarizedVersion::language, Function.identity()));
    SummarizedVersion sourceVersion = byLanguage.get(sourceLanguage);
    return of(
        article,
        sourceVersion == null ? null : sourceVersion.title(),
        versions.stream()
            .map(
                v ->
                    VersionSummary.of(
                        v,
                        v.isOutdated(
                            sourceLanguage,
                            v.basisMajorRevision(byLanguage.get(v.basisLanguage(sourceLanguage))))))
            .toList());
  }

  private static ArticleView of(Article article, String title, List<VersionSummary> versions) {
    return new ArticleView(
        article.id(),
        article.sourceLanguage(),
        title,
        article.tags(),
        article.section(),
        article.author(),
        article.source(),
        article.createdAt(),
        article.createdBy(),
        article.lastPublishedAt(),
        versions);
  }
}
