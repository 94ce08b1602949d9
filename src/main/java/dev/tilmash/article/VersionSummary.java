package dev.tilmash.article;

import java.time.Instant;

/** One language version as the article view and the editorial list summarize it. */
public record VersionSummary(
    String language,
    String state,
    boolean outdated,
    boolean live,
    int workingRevision,
    Integer liveRevision,
    Integer basedOnSourceRevision,
    String derivedFrom,
    Integer derivedFromRevision,
    String title,
    String slug,
    String assignee,
    Instant updatedAt,
    Instant publishedAt,
    Instant scheduledPublishAt,
    Instant scheduledUnpublishAt) {

  static VersionSummary of(LanguageVersion v, Integer basisMajorRevision) {
    return new VersionSummary(
        v.language(),
        v.state().name(),
        v.isOutdated(basisMajorRevision),
        v.live() != null,
        v.working().number(),
        v.live() == null ? null : v.live().number(),
        v.basedOnSourceRevision(),
        v.isDerived() ? v.derivation().language() : null,
        v.isDerived() ? v.derivation().revision() : null,
        v.working().title(),
        v.slug(),
        v.assignee(),
        v.updatedAt(),
        v.publishedAt(),
        v.scheduledPublishAt(),
        v.scheduledUnpublishAt());
  }

  static VersionSummary of(SummarizedVersion v, boolean outdated) {
    return new VersionSummary(
        v.language(),
        v.state().name(),
        outdated,
        v.liveRevision() != null,
        v.workingRevision(),
        v.liveRevision(),
        v.basedOnSourceRevision(),
        v.derivedFromLanguage(),
        v.derivedFromRevision(),
        v.title(),
        v.slug(),
        v.assignee(),
        v.updatedAt(),
        v.publishedAt(),
        v.scheduledPublishAt(),
        v.scheduledUnpublishAt());
  }
}
