package dev.tilmash.article;

import java.time.Instant;

/**
 * A language version as the editorial list reads it: only the columns its {@link VersionSummary}
 * shows, the working title instead of the whole working revision, and the revisions that tell
 * whether it, or a version that follows it, is outdated. Read by {@link
 * ArticleRepository#summariesOf}; the rules are {@link LanguageVersion}'s.
 *
 * @param majorPublishedRevision for the source version, its newest major published revision
 * @param newestMajorRevision the newest major published revision, read only for the versions that a
 *     derived version follows (else null)
 */
public record SummarizedVersion(
    Long id,
    String articleId,
    String language,
    WorkflowState state,
    int workingRevision,
    String title,
    Integer liveRevision,
    Integer basedOnSourceRevision,
    Integer majorPublishedRevision,
    String derivedFromLanguage,
    Integer derivedFromRevision,
    String slug,
    String assignee,
    Instant updatedAt,
    Instant publishedAt,
    Instant scheduledPublishAt,
    Instant scheduledUnpublishAt,
    Integer newestMajorRevision) {

  /** The columns of the query, before the newest major revisions are known. */
  public SummarizedVersion(
      Long id,
      String articleId,
      String language,
      WorkflowState state,
      int workingRevision,
      String title,
      Integer liveRevision,
      Integer basedOnSourceRevision,
      Integer majorPublishedRevision,
      String derivedFromLanguage,
      Integer derivedFromRevision,
      String slug,
      String assignee,
      Instant updatedAt,
      Instant publishedAt,
      Instant scheduledPublishAt,
      Instant scheduledUnpublishAt) {
    this(
        id,
        articleId,
        language,
        state,
        workingRevision,
        title,
        liveRevision,
        basedOnSourceRevision,
        majorPublishedRevision,
        derivedFromLanguage,
        derivedFromRevision,
        slug,
        assignee,
        updatedAt,
        publishedAt,
        scheduledPublishAt,
        scheduledUnpublishAt,
        null);
  }

  SummarizedVersion withNewestMajorRevision(Integer revision) {
    return new SummarizedVersion(
        id,
        articleId,
        language,
        state,
        workingRevision,
        title,
        liveRevision,
        basedOnSourceRevision,
        majorPublishedRevision,
        derivedFromLanguage,
        derivedFromRevision,
        slug,
        assignee,
        updatedAt,
        publishedAt,
        scheduledPublishAt,
        scheduledUnpublishAt,
        revision);
  }

  /** As {@link LanguageVersion#isDerived}. */
  public boolean isDerived() {
    return derivedFromLanguage != null;
  }

  /** As {@link LanguageVersion#basisLanguage}. */
  public String basisLanguage(String sourceLanguage) {
    return isDerived() ? derivedFromLanguage : sourceLanguage;
  }

  /** As {@link LanguageVersion#basisMajorRevision}. */
  public Integer basisMajorRevision(SummarizedVersion basis) {
    if (basis == null) {
      return null;
    }
    return isDerived() ? basis.newestMajorRevision : basis.majorPublishedRevision;
  }

  /** As {@link LanguageVersion#isOutdated(Integer)}. */
  public boolean isOutdated(String sourceLanguage, Integer basisMajorRevision) {
    return LanguageVersion.isOutdated(
        language.equals(sourceLanguage),
        isDerived() ? derivedFromRevision : basedOnSourceRevision,
        basisMajorRevision);
  }
}
