package dev.tilmash.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Reads a token by its secret's hash, in a transaction of its own: {@link TokenLookup} asks only
 * when it does not remember the token, during authentication, before the request has any
 * transaction. A read there outside one left Liberty's local transaction to close the entity
 * manager while Hibernate still held the connection (an FFDC incident per read); a remembered token
 * costs no transaction at all.
 */
@ApplicationScoped
public class TokenReads {
  @PersistenceContext EntityManager em;

  @Transactional
  Optional<TokenLookup.Known> read(String hash) {
    return em.createQuery("select t from ApiToken t where t.secretHash = :hash", ApiToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst()
        .map(t -> new TokenLookup.Known(t.grant(), t.expiresAt(), t.revokedAt() != null));
  }
}
