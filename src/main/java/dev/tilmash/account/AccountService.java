package dev.tilmash.account;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Users, their roles and language scopes; passwords are stored as PBKDF2 hashes only. */
@ApplicationScoped
public class AccountService {
  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash hasher;
  @Inject Clock clock;
  @Inject CredentialCache credentialCache;
  @Inject Event<AccessChanged> accessChanged;

  public Optional<UserAccount> find(String username) {
    return Optional.ofNullable(em.find(UserAccount.class, username));
  }

  public Actor actor(String username) {
    return find(username)
        .filter(UserAccount::enabled)
        .map(UserAccount::actor)
        .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED));
  }

  public boolean verify(UserAccount account, String password) {
    return account.enabled() && hasher.verify(password.toCharArray(), account.passwordHash());
  }

  @Transactional
  public UserAccount create(NewUser user) {
    if (find(user.username()).isPresent()) {
      throw new ProblemException(ProblemType.CONFLICT, Map.of("username", user.username()));
    }
    UserAccount account =
        new UserAccount(
            user.username(),
            hasher.generate(user.password().toCharArray()),
            user.displayName(),
            user.roles(),
            user.languages(),
            clock.instant());
    em.persist(account);
    return account;
  }

  @Transactional
  public UserAccount changeAccess(
      String username, Set<Role> roles, Set<String> languages, boolean enabled, String password) {
    UserAccount account =
        find(username)
            .orElseThrow(
                () -> new ProblemException(ProblemType.NOT_FOUND, Map.of("username", username)));
    account.changeAccess(roles, languages, enabled);
    if (password != null) {
      account.changePassword(hasher.generate(password.toCharArray()));
    }
    credentialCache.forget(username);
    accessChanged.fire(new AccessChanged(username, password != null, enabled));
    return account;
  }

  public List<UserAccount> all() {
    return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }
}
