package dev.tilmash.article;

import dev.tilmash.shared.RestApplication;
import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The working copy of one language version, as translators and editors edit it. */
public record VersionView(
    String articleId,
    String language,
    String sourceLanguage,
    String state,
    boolean outdated,
    List<String> allowedActions,
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) String title,
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) String summary,
    String body,
    String bodyHtml,
    String slug,
    int workingRevision,
    Integer liveRevision,
    Integer basedOnSourceRevision,
    String derivedFrom,
    Integer derivedFromRevision,
    String submittedBy,
    Instant submittedAt,
    String assignee,
    Instant updatedAt,
    Instant publishedAt,
    Instant scheduledPublishAt,
    Instant scheduledUnpublishAt,
    @JsonbTransient String etag) {

  /**
   * @param basisMajorRevision what outdated is measured against, see {@link
   *     LanguageVersion#basisMajorRevision}
   */
  static VersionView of(LanguageVersion v, Integer basisMajorRevision) {
    Revision working = v.working();
    return new VersionView(
        v.article().id(),
        v.language(),
        v.article().sourceLanguage(),
        v.state().name(),
        v.isOutdated(basisMajorRevision),
        v.allowedTransitions(),
        working.title(),
        working.summary(),
        working.body(),
        working.bodyHtml(),
        v.slug(),
        working.number(),
        v.live() == null ? null : v.live().number(),
        v.basedOnSourceRevision(),
        v.isDerived() ? v.derivation().language() : null,
        v.isDerived() ? v.derivation().revision() : null,
        v.submittedBy(),
        v.submittedAt(),
        v.assignee(),
        v.updatedAt(),
        v.publishedAt(),
        v.scheduledPublishAt(),
        v.scheduledUnpublishAt(),
        v.etag());
  }
}
