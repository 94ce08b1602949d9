package dev.tilmash.token;

import dev.tilmash.account.AccountService;
import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.account.Scope;
import dev.tilmash.account.UserAccount;
import dev.tilmash.audit.AuditKind;
import dev.tilmash.audit.AuditLog;
import dev.tilmash.audit.AuditSubject;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.Parameters;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * API tokens, managed by admins: created with a secret shown once, listed without secrets, revoked
 * for good. Creating and revoking are audited; a revocation is forgotten by {@link TokenLookup}'s
 * cache when it commits, and by other instances' through the change log.
 */
@ApplicationScoped
@Transactional
public class TokenService {
  @PersistenceContext EntityManager em;
  @Inject AccountService accounts;
  @Inject LanguageSet languages;
  @Inject Event<TokenRevoked> revoked;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public TokenView create(Actor actor, TokenInput input) {
    actor.require(Role.ADMIN);
    Instant now = clock.instant();
    String secret = TokenSecret.generate();
    ApiToken token =
        new ApiToken(spec(input, now), TokenSecret.hash(secret), actor.username(), now);
    em.persist(token);
    record(actor, token, "created");
    return TokenView.of(token, now).withSecret(secret);
  }

  public List<TokenView> list(Actor actor) {
    actor.require(Role.ADMIN);
    Instant now = clock.instant();
    return em.createQuery("select t from ApiToken t order by t.createdAt, t.id", ApiToken.class)
        .getResultStream()
        .map(t -> TokenView.of(t, now))
        .toList();
  }

  public TokenView get(Actor actor, String id) {
    actor.require(Role.ADMIN);
    return TokenView.of(token(id), clock.instant());
  }

  public void revoke(Actor actor, String id) {
    actor.require(Role.ADMIN);
    ApiToken token = token(id);
    if (token.revokedAt() == null) {
      token.revoke(clock.instant());
      record(actor, token, "revoked");
      revoked.fire(new TokenRevoked(token.id()));
    }
  }

  private ApiToken token(String id) {
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null) {
      throw new ProblemException(ProblemType.TOKEN_NOT_FOUND, Map.of("id", id));
    }
    return token;
  }

  private TokenSpec spec(TokenInput input, Instant now) {
    Set<Scope> scopes = Scope.parse(input.scopes());
    Instant expiresAt = Parameters.instant("expiresAt", input.expiresAt());
    if (!expiresAt.isAfter(now)) {
      throw invalid("expiresAt");
    }
    String actAs = input.actAs() == null || input.actAs().isBlank() ? null : input.actAs().strip();
    if (actAs != null && accounts.find(actAs).filter(UserAccount::enabled).isEmpty()) {
      throw new ProblemException(ProblemType.UNKNOWN_USER, Map.of("username", actAs));
    }
    List<String> tags = languages.tagsInBody("languages", input.languages());
    return new TokenSpec(input.name().strip(), scopes, expiresAt, actAs, tags);
  }

  private static ProblemException invalid(String field) {
    return new ProblemException(ProblemType.INVALID_FIELD, Map.of("fields", List.of(field)));
  }

  private void record(Actor actor, ApiToken token, String what) {
    audit.record(
        actor.username(),
        AuditKind.TOKEN,
        AuditSubject.version(null, null, null),
        "token " + token.id() + " (" + token.name() + ") " + what);
  }
}
