package dev.tilmash.article;

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
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The record of one workflow step: who, when, from, to, which revision, and why. */
@Entity
@Immutable
@Table(name = "workflow_transition")
public class WorkflowTransition {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transition_seq")
  @SequenceGenerator(name = "transition_seq", sequenceName = "transition_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "language_version_id")
  private LanguageVersion version;

  @Column(name = "action_name", nullable = false)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private WorkflowAction action;

  @Column(name = "from_state", nullable = false)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private WorkflowState from;

  @Column(name = "to_state", nullable = false)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private WorkflowState to;

  @Column(name = "revision_no")
  private Integer revision;

  @Column(nullable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "comment_text")
  private String comment;

  protected WorkflowTransition() {}

  WorkflowTransition(
      LanguageVersion version,
      WorkflowAction action,
      WorkflowState from,
      WorkflowState to,
      Integer revision,
      String actor,
      Instant at,
      String comment) {
    this.version = version;
    this.action = action;
    this.from = from;
    this.to = to;
    this.revision = revision;
    this.actor = actor;
    this.at = at;
    this.comment = comment;
  }

  public LanguageVersion version() {
    return version;
  }

  public WorkflowAction action() {
    return action;
  }

  public WorkflowState from() {
    return from;
  }

  public WorkflowState to() {
    return to;
  }

  public Integer revision() {
    return revision;
  }

  public String actor() {
    return actor;
  }

  public Instant at() {
    return at;
  }

  public String comment() {
    return comment;
  }
}
