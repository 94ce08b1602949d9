package dev.tilmash.release;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.WorkflowAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A publish or unpublish that runs later, stored so that a restart loses nothing.
 *
 * <p>Lifecycle: {@code PENDING} until its time; then, in the one transaction that also takes the
 * workflow step, {@code DONE}, so it runs exactly once; or {@code FAILED} with the reason when the
 * step was no longer possible; or {@code CANCELLED} by an editor. Steps of one release share a
 * release id and fire together, all or none.
 */
@Entity
@Table(name = "scheduled_step")
public class ScheduledStep {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_step_seq")
  @SequenceGenerator(
      name = "scheduled_step_seq",
      sequenceName = "scheduled_step_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "release_id", nullable = false, updatable = false)
  private String releaseId;

  @Column(name = "article_id", nullable = false, updatable = false)
  private String articleId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "language_version_id", updatable = false)
  private LanguageVersion version;

  @Column(name = "action_name", nullable = false, updatable = false)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private WorkflowAction action;

  @Column(name = "due_at", nullable = false, updatable = false)
  private Instant dueAt;

  @Column(name = "minor_change", nullable = false, updatable = false)
  private boolean minor;

  @Column(nullable = false)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private StepState state;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "fired_at")
  private Instant firedAt;

  private String failure;

  @Version
  @Column(name = "version")
  private long revision;

  protected ScheduledStep() {}

  ScheduledStep(
      String releaseId,
      LanguageVersion version,
      WorkflowAction action,
      Instant dueAt,
      boolean minor,
      String createdBy,
      Instant now) {
    this.releaseId = releaseId;
    this.articleId = version.article().id();
    this.version = version;
    this.action = action;
    this.dueAt = dueAt;
    this.minor = minor;
    this.state = StepState.PENDING;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  void done(Instant at) {
    state = StepState.DONE;
    firedAt = at;
  }

  void failed(Instant at, String reason) {
    state = StepState.FAILED;
    firedAt = at;
    failure = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
  }

  void cancelled(Instant at) {
    state = StepState.CANCELLED;
    firedAt = at;
  }

  public String releaseId() {
    return releaseId;
  }

  public String articleId() {
    return articleId;
  }

  public LanguageVersion version() {
    return version;
  }

  public WorkflowAction action() {
    return action;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public boolean minor() {
    return minor;
  }

  public StepState state() {
    return state;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant firedAt() {
    return firedAt;
  }

  public String failure() {
    return failure;
  }
}
