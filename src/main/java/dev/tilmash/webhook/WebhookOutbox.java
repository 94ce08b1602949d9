package dev.tilmash.webhook;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.VersionStepped;
import dev.tilmash.release.ReleaseOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The writing side of the transactional outbox. It observes workflow steps and release outcomes
 * synchronously, inside the transaction that takes them, and writes one delivery per enabled
 * endpoint that wants the event: the rows commit with the change or roll back with it, so a change
 * that did not happen is never announced, and one that did is never forgotten.
 */
@ApplicationScoped
public class WebhookOutbox {
  @PersistenceContext EntityManager em;
  @Inject WebhookSettings settings;
  @Inject Event<OutboxWritten> written;

  void stepped(@Observes VersionStepped stepped) {
    WebhookEvent.ofStep(stepped.transition().action())
        .ifPresent(
            event ->
                announce(
                    event,
                    stepped.version(),
                    stepped.transition().revision(),
                    stepped.transition().at(),
                    Map.of()));
  }

  void released(@Observes ReleaseOutcome outcome) {
    LanguageVersion version = outcome.version();
    Integer revision =
        version.live() != null ? version.live().number() : version.working().number();
    announce(
        outcome.fired() ? WebhookEvent.RELEASE_FIRED : WebhookEvent.RELEASE_FAILED,
        version,
        revision,
        outcome.at(),
        outcome.fired()
            ? Map.of("releaseId", outcome.releaseId())
            : Map.of("releaseId", outcome.releaseId(), "reason", outcome.failure()));
  }

  /** Writes the event's deliveries in the caller's transaction; returns how many. */
  int announce(
      WebhookEvent event,
      LanguageVersion version,
      Integer revision,
      java.time.Instant at,
      Map<String, String> extra) {
    List<WebhookEndpoint> endpoints =
        em.createQuery(
                "select e from WebhookEndpoint e where e.enabled = true", WebhookEndpoint.class)
            .getResultStream()
            .filter(endpoint -> endpoint.wants(event, version.language()))
            .toList();
    if (endpoints.isEmpty()) {
      return 0;
    }
    String payload =
        WebhookPayload.version(
            event.id(),
            at,
            version,
            revision,
            liveLanguages(version.article().id()),
            settings.publicBaseUrl(),
            extra);
    for (WebhookEndpoint endpoint : endpoints) {
      em.persist(WebhookDelivery.message(endpoint.id(), event.id(), payload, at));
    }
    if (written != null) { // null only outside the container
      written.fire(new OutboxWritten(endpoints.size()));
    }
    return endpoints.size();
  }

  private List<String> liveLanguages(String articleId) {
    return em.createQuery(
            "select v.language from LanguageVersion v where v.article.id = :article"
                + " and v.live is not null order by v.language",
            String.class)
        .setParameter("article", articleId)
        .getResultList();
  }
}
