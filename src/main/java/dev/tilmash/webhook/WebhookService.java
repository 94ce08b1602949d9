package dev.tilmash.webhook;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.audit.AuditKind;
import dev.tilmash.audit.AuditLog;
import dev.tilmash.audit.AuditSubject;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Webhook endpoints, managed by admins: every change is checked (URL and target, events,
 * languages), audited, and a PUT is conditional on the endpoint's ETag, like a version's.
 */
@ApplicationScoped
@Transactional
public class WebhookService {
  @PersistenceContext EntityManager em;
  @Inject LanguageSet languages;
  @Inject WebhookSettings settings;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public List<WebhookView> list(Actor actor) {
    actor.require(Role.ADMIN);
    Instant now = clock.instant();
    return em.createQuery(
            "select e from WebhookEndpoint e order by e.createdAt, e.id", WebhookEndpoint.class)
        .getResultStream()
        .map(e -> WebhookView.of(e, now))
        .toList();
  }

  public WebhookView.Tagged get(Actor actor, String id) {
    actor.require(Role.ADMIN);
    return tagged(endpoint(id, false), null);
  }

  public WebhookView.Tagged create(Actor actor, WebhookInput input) {
    actor.require(Role.ADMIN);
    String secret = WebhookSecret.generate();
    WebhookEndpoint endpoint = new WebhookEndpoint(spec(input), secret, clock.instant());
    em.persist(endpoint);
    record(actor, endpoint, "created");
    return tagged(endpoint, secret);
  }

  public WebhookView.Tagged change(Actor actor, String id, WebhookInput input, String ifMatch) {
    actor.require(Role.ADMIN);
    if (ifMatch == null || ifMatch.strip().equals("*")) {
      throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, Map.of("header", "If-Match"));
    }
    WebhookEndpoint endpoint = endpoint(id, true);
    if (!ifMatch.strip().equals(endpoint.etag())) {
      throw new ProblemException(ProblemType.STALE_ETAG, Map.of("etag", endpoint.etag()));
    }
    endpoint.change(spec(input), clock.instant());
    record(actor, endpoint, "changed");
    return tagged(endpoint, null);
  }

  public void delete(Actor actor, String id) {
    actor.require(Role.ADMIN);
    WebhookEndpoint endpoint = endpoint(id, true);
    em.createQuery("delete from WebhookDelivery d where d.endpointId = :id")
        .setParameter("id", id)
        .executeUpdate();
    em.remove(endpoint);
    record(actor, endpoint, "deleted");
  }

  /** A new secret, shown in this answer only; the old one signs on for the configured grace. */
  public WebhookView.Tagged rotate(Actor actor, String id) {
    actor.require(Role.ADMIN);
    WebhookEndpoint endpoint = endpoint(id, true);
    String secret = WebhookSecret.generate();
    endpoint.rotate(secret, settings.secretGrace(), clock.instant());
    record(actor, endpoint, "secret rotated");
    return tagged(endpoint, secret);
  }

  WebhookEndpoint endpoint(String id, boolean lock) {
    WebhookEndpoint endpoint =
        lock
            ? em.find(WebhookEndpoint.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(WebhookEndpoint.class, id);
    if (endpoint == null) {
      throw new ProblemException(ProblemType.WEBHOOK_NOT_FOUND, Map.of("id", id));
    }
    return endpoint;
  }

  private EndpointSpec spec(WebhookInput input) {
    TargetGuard.check(TargetGuard.parse(input.url()), settings.allowPrivateTargets());
    Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
    input.events().forEach(id -> events.add(WebhookEvent.parse(id)));
    List<String> tags = languages.tagsInBody("languages", input.languages());
    return new EndpointSpec(input.url(), events, tags, !Boolean.FALSE.equals(input.enabled()));
  }

  private WebhookView.Tagged tagged(WebhookEndpoint endpoint, String secret) {
    em.flush(); // the version, and with it the ETag, moves on at the flush
    WebhookView view = WebhookView.of(endpoint, clock.instant());
    return new WebhookView.Tagged(secret == null ? view : view.withSecret(secret), endpoint.etag());
  }

  private void record(Actor actor, WebhookEndpoint endpoint, String what) {
    audit.record(
        actor.username(),
        AuditKind.WEBHOOK,
        AuditSubject.version(null, null, null),
        "webhook " + endpoint.id() + " (" + endpoint.url() + ") " + what);
  }
}
