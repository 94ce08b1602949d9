package dev.tilmash.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the audit log; written once, never changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private AuditKind kind;

  @Column(name = "article_id")
  private String articleId;

  private String language;

  @Column(name = "revision_no")
  private Integer revision;

  @Column(name = "from_state")
  private String from;

  @Column(name = "to_state")
  private String to;

  private String detail;

  @Column(name = "http_method")
  private String method;

  @Column(name = "http_path")
  private String path;

  protected AuditEvent() {}

  AuditEvent(Instant at, String actor, AuditKind kind, AuditSubject subject, String detail) {
    this.at = at;
    this.actor = actor;
    this.kind = kind;
    this.articleId = subject.articleId();
    this.language = subject.language();
    this.revision = subject.revision();
    this.from = subject.from();
    this.to = subject.to();
    this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
  }

  AuditEvent on(String httpMethod, String httpPath) {
    this.method = httpMethod;
    this.path =
        httpPath == null || httpPath.length() <= 1000 ? httpPath : httpPath.substring(0, 1000);
    return this;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public AuditKind kind() {
    return kind;
  }

  public String articleId() {
    return articleId;
  }

  public String language() {
    return language;
  }

  public Integer revision() {
    return revision;
  }

  public String from() {
    return from;
  }

  public String to() {
    return to;
  }

  public String detail() {
    return detail;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }
}
