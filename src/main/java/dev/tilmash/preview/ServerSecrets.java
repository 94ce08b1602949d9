package dev.tilmash.preview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Reads and writes {@link ServerSecret}s, each write in a transaction of its own. */
@ApplicationScoped
public class ServerSecrets {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> find(String name) {
    return Optional.ofNullable(em.find(ServerSecret.class, name)).map(ServerSecret::secret);
  }

  /** Stores the secret; fails when another instance stored one of that name first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void store(String name, String secret) {
    em.persist(new ServerSecret(name, secret, clock.instant()));
    em.flush();
  }
}
