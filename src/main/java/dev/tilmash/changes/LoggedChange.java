package dev.tilmash.changes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of the change log. Written once, in the transaction of the change, and never updated; the
 * database numbers it and stamps it with its own time. Pollers prune it once it is older than the
 * retention.
 */
@Entity
@Table(name = "change_log")
public class LoggedChange {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private ChangeKind kind;

  @Column(name = "change_key", nullable = false, updatable = false, length = 200)
  private String key;

  @Column(name = "changed_at", insertable = false, updatable = false)
  private Instant changedAt;

  protected LoggedChange() {}

  LoggedChange(ChangeKind kind, String key) {
    this.kind = kind;
    this.key = key;
  }

  public long id() {
    return id;
  }

  public ChangeRef ref() {
    return new ChangeRef(kind, key);
  }

  /** The database's time of the transaction that wrote it. */
  public Instant changedAt() {
    return changedAt;
  }
}
