package dev.tilmash.account;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in: an editor, a translator or an admin, with a hashed password. */
@Entity
@Table(name = "app_user")
public class UserAccount {
  @Id private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "display_name")
  private String displayName;

  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private Set<Role> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_language", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "language")
  private Set<String> languages = new HashSet<>();

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String passwordHash,
      String displayName,
      Set<Role> roles,
      Set<String> languages,
      Instant now) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.enabled = true;
    this.createdAt = now;
    this.roles.addAll(members("roles", roles));
    this.languages.addAll(members("languages", languages));
  }

  public Actor actor() {
    return new Actor(username, roles, languages);
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String displayName() {
    return displayName;
  }

  public boolean enabled() {
    return enabled;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public Set<String> languages() {
    return Set.copyOf(languages);
  }

  public void changeAccess(Set<Role> newRoles, Set<String> newLanguages, boolean nowEnabled) {
    members("roles", newRoles);
    members("languages", newLanguages);
    roles.clear();
    roles.addAll(newRoles);
    languages.clear();
    languages.addAll(newLanguages);
    enabled = nowEnabled;
  }

  /**
   * A set of roles or languages as given, refused before anything changes when it holds a null: a
   * null role would be stored as an account without it, and the account answered with a 500.
   */
  private static <T> Set<T> members(String field, Set<T> values) {
    if (values == null || values.stream().anyMatch(Objects::isNull)) {
      throw new ProblemException(ProblemType.INVALID_FIELD, Map.of("fields", List.of(field)));
    }
    return values;
  }

  public void changePassword(String newHash) {
    passwordHash = newHash;
  }
}
