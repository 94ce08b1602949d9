package dev.tilmash.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.account.Scope;
import dev.tilmash.account.TokenGrant;
import dev.tilmash.changes.ChangeKind;
import dev.tilmash.changes.ChangeRef;
import dev.tilmash.changes.ChangesArrived;
import dev.tilmash.shared.JpaTestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The token store: only the hash is kept, lookups go by it, and last use is written sparingly. */
class TokenStoreJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  @Test
  void shouldKeepOnlyTheHashAndFindTheTokenByTheSecret() {
    String secret = TokenSecret.generate();
    String id = store(secret, NOW.plusSeconds(3600));

    List<Object[]> rows =
        db.call(
            em ->
                em.createNativeQuery("select secret_hash, scopes, languages from api_token")
                    .getResultList());
    assertEquals(1, rows.size());
    assertEquals(TokenSecret.hash(secret), rows.get(0)[0]);
    for (Object column : rows.get(0)) {
      assertFalse(String.valueOf(column).contains(secret.substring(4)), "no secret is stored");
    }
    assertEquals("xliff:read,xliff:write", rows.get(0)[1]);
    assertEquals("kk,ru", rows.get(0)[2]);

    Optional<TokenGrant> grant = db.call(em -> lookup(em, NOW).grant(secret));
    assertTrue(grant.isPresent());
    assertEquals(id, grant.get().id());
    assertEquals("agency", grant.get().name());
    assertEquals(Set.of(Scope.XLIFF_READ, Scope.XLIFF_WRITE), grant.get().scopes());
    assertEquals(Set.of("kk", "ru"), grant.get().languages());
    assertEquals("translator.kk", grant.get().actAs());
    assertTrue(db.call(em -> lookup(em, NOW).grant(TokenSecret.generate())).isEmpty());
  }

  @Test
  void shouldRefuseARevokedOrExpiredToken() {
    String secret = TokenSecret.generate();
    String id = store(secret, NOW.plusSeconds(3600));
    assertTrue(db.call(em -> lookup(em, NOW.plusSeconds(3599)).grant(secret)).isPresent());
    assertTrue(db.call(em -> lookup(em, NOW.plusSeconds(3600)).grant(secret)).isEmpty());

    TokenLookup cached = db.call(em -> lookup(em, NOW));
    assertTrue(db.call(em -> grantWith(cached, em, secret)).isPresent());
    db.run(em -> em.find(ApiToken.class, id).revoke(NOW.plusSeconds(5)));
    cached.onArrived(
        new ChangesArrived(false, Set.of(new ChangeRef(ChangeKind.TOKEN_REVOKED, "another"))));
    assertTrue(
        db.call(em -> grantWith(cached, em, secret)).isPresent(),
        "another token's revocation leaves this one remembered, within the bound");
    cached.onArrived(
        new ChangesArrived(false, Set.of(new ChangeRef(ChangeKind.TOKEN_REVOKED, id))));
    assertTrue(
        db.call(em -> grantWith(cached, em, secret)).isEmpty(),
        "revoked on another instance: the change log makes this one read it again");
    assertNotNull(db.call(em -> em.find(ApiToken.class, id).revokedAt()));
    boolean usable = db.call(em -> em.find(ApiToken.class, id).usableAt(NOW));
    assertFalse(usable);
  }

  @Test
  void shouldRecordTheLastUseWithoutAWriteOnEveryRequest() {
    String secret = TokenSecret.generate();
    String id = store(secret, NOW.plusSeconds(86_400));
    assertNull(db.call(em -> em.find(ApiToken.class, id).lastUsedAt()));
    LastUse lastUse = new LastUse();
    db.run(em -> lookup(em, NOW, lastUse).grant(secret));
    db.run(em -> lookup(em, NOW.plusSeconds(30), lastUse).grant(secret));
    assertEquals(NOW, db.call(em -> em.find(ApiToken.class, id).lastUsedAt()));
    db.run(em -> lookup(em, NOW.plusSeconds(61), lastUse).grant(secret));
    assertEquals(NOW.plusSeconds(61), db.call(em -> em.find(ApiToken.class, id).lastUsedAt()));
  }

  private String store(String secret, Instant expiresAt) {
    TokenSpec spec =
        new TokenSpec(
            "agency",
            Set.of(Scope.XLIFF_READ, Scope.XLIFF_WRITE),
            expiresAt,
            "translator.kk",
            List.of("kk", "ru"));
    return db.call(
        em -> {
          ApiToken token = new ApiToken(spec, TokenSecret.hash(secret), "admin", NOW);
          em.persist(token);
          return token.id();
        });
  }

  private static TokenLookup lookup(jakarta.persistence.EntityManager em, Instant now) {
    return lookup(em, now, new LastUse());
  }

  private static TokenLookup lookup(
      jakarta.persistence.EntityManager em, Instant now, LastUse lastUse) {
    TokenLookup lookup = new TokenLookup();
    lookup.reads = new TokenReads();
    lookup.reads.em = em;
    lastUse.em = em;
    lookup.lastUse = lastUse;
    lookup.clock = Clock.fixed(now, ZoneOffset.UTC);
    lookup.create();
    return lookup;
  }

  private static Optional<TokenGrant> grantWith(
      TokenLookup lookup, jakarta.persistence.EntityManager em, String secret) {
    lookup.reads.em = em;
    lookup.lastUse.em = em;
    return lookup.grant(secret);
  }
}
