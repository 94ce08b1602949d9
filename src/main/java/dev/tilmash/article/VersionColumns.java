package dev.tilmash.article;

import dev.tilmash.account.Actor;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a {@link LanguageVersion} stores, and what can be read from it: its columns, their getters,
 * and the answers they give without taking a step (outdated, derived, which ETag, which steps are
 * open). Only {@link LanguageVersion}, the aggregate, writes the fields: every change goes through
 * its workflow methods.
 */
@MappedSuperclass
public abstract class VersionColumns {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "language_version_seq")
  @SequenceGenerator(
      name = "language_version_seq",
      sequenceName = "language_version_seq",
      allocationSize = 50)
  Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id", updatable = false)
  Article article;

  @Column(nullable = false, updatable = false)
  String language;

  @Column(nullable = false)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  WorkflowState state;

  @Column(nullable = false)
  String slug;

  @Column(name = "slug_explicit", nullable = false)
  boolean slugExplicit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "working_revision_id")
  Revision working;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "live_revision_id")
  Revision live;

  @Column(name = "based_on_source_revision")
  Integer basedOnSourceRevision;

  /** For the source version: the newest revision published as a real (not minor) change. */
  @Column(name = "major_published_revision")
  Integer majorPublishedRevision;

  /** The working revision's {@link Derivation}, for the queries; null when it is not derived. */
  @Column(name = "derived_from_language")
  String derivedFromLanguage;

  @Column(name = "derived_from_revision")
  Integer derivedFromRevision;

  /**
   * For every version: its newest revision published as a real (not minor) change, read from the
   * revisions and never stored; what versions derived from this one are measured against.
   */
  @Formula(
      "(select max(r.revision_no) from revision r where r.language_version_id = id"
          + " and r.published_at is not null and r.minor_change = false)")
  Integer newestMajorRevision;

  @Column(name = "submitted_by")
  String submittedBy;

  @Column(name = "submitted_at")
  Instant submittedAt;

  String assignee;

  @Column(name = "published_at")
  Instant publishedAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  @Column(name = "scheduled_publish_at")
  Instant scheduledPublishAt;

  @Column(name = "scheduled_unpublish_at")
  Instant scheduledUnpublishAt;

  @Version private long version;

  /**
   * Whether the version it follows has published a newer real change since: the source version for
   * a translation, the sibling for a derived version (see {@link #basisLanguage()}).
   *
   * @param basisMajorRevision that version's newest major revision, from {@link
   *     #basisMajorRevision}
   */
  public boolean isOutdated(Integer basisMajorRevision) {
    return isOutdated(
        isSource(), isDerived() ? derivedFromRevision : basedOnSourceRevision, basisMajorRevision);
  }

  /**
   * The rule of {@link #isOutdated(Integer)}, for a version read as figures rather than as an
   * entity (the editorial list's {@link SummarizedVersion}).
   *
   * @param followed the revision the version follows: the sibling's for a derived version, else the
   *     source's
   */
  static boolean isOutdated(boolean source, Integer followed, Integer basisMajorRevision) {
    return !source
        && basisMajorRevision != null
        && (followed == null || followed < basisMajorRevision);
  }

  /** True while the working words follow a sibling revision rather than the source. */
  public boolean isDerived() {
    return derivedFromLanguage != null;
  }

  /** The language whose new publications outdate this version: its sibling, or the source. */
  public String basisLanguage() {
    return isDerived() ? derivedFromLanguage : article.sourceLanguage();
  }

  /**
   * The revision of {@code basis}, the version in {@link #basisLanguage()}, that {@link
   * #isOutdated} compares with: the source's {@link #majorPublishedRevision()}, or for a derived
   * version the sibling's newest revision published as a real change.
   */
  public Integer basisMajorRevision(VersionColumns basis) {
    if (basis == null) {
      return null;
    }
    return isDerived() ? basis.newestMajorRevision : basis.majorPublishedRevision;
  }

  /** The sibling revision the working words follow; {@code null} when not derived. */
  public Derivation derivation() {
    return isDerived() ? new Derivation(derivedFromLanguage, derivedFromRevision) : null;
  }

  public List<String> allowedTransitions() {
    return Workflow.allowedTransitions(state, live != null);
  }

  public boolean isSource() {
    return article.sourceLanguage().equals(language);
  }

  public Long id() {
    return id;
  }

  public Article article() {
    return article;
  }

  public String language() {
    return language;
  }

  public WorkflowState state() {
    return state;
  }

  public String slug() {
    return slug;
  }

  public Revision working() {
    return working;
  }

  /** What readers see of this version: its live revision, else its working one. */
  public Revision current() {
    return live != null ? live : working;
  }

  public Revision live() {
    return live;
  }

  public Integer basedOnSourceRevision() {
    return basedOnSourceRevision;
  }

  public Integer majorPublishedRevision() {
    return majorPublishedRevision;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String assignee() {
    return assignee;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant scheduledPublishAt() {
    return scheduledPublishAt;
  }

  public Instant scheduledUnpublishAt() {
    return scheduledUnpublishAt;
  }

  public long version() {
    return version;
  }

  /** The strong ETag of the working copy: it changes with every save and every step. */
  public String etag() {
    return "\"" + id + "-" + version + "\"";
  }

  /**
   * Checks that the actor may take the step now, without taking it: a release scheduled for later
   * is refused at once rather than failing when it fires.
   */
  public void requireStep(WorkflowAction action, Actor actor) {
    authorize(action, actor);
    if (action == WorkflowAction.APPROVE) {
      requireFourEyes(actor);
    }
  }

  /**
   * Four eyes: neither the submitter nor whoever wrote the revision under review (an editor may
   * edit during review) approves it.
   */
  void requireFourEyes(Actor actor) {
    if (actor.username().equals(submittedBy) || actor.username().equals(working.author())) {
      throw new ProblemException(
          ProblemType.FOUR_EYES, Map.of("language", language, "submittedBy", submittedBy));
    }
  }

  Workflow.Step authorize(WorkflowAction action, Actor actor) {
    return Workflow.authorize(action, state, live != null, language, actor);
  }
}
