package dev.tilmash.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.Change;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.article.VersionStepped;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.article.WorkflowState;
import dev.tilmash.shared.JpaTestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The writing side of the outbox: a delivery commits with its change, or not at all. */
class WebhookOutboxJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private NewsroomFixture newsroom;
  private String article;

  @BeforeEach
  void approvedArticle() {
    newsroom = new NewsroomFixture(db);
    article = newsroom.article("en", "trade-corridor", "Trade corridor");
    newsroom.step(article, "en", WorkflowAction.SUBMIT, NewsroomFixture.EDITOR);
    newsroom.step(article, "en", WorkflowAction.APPROVE, NewsroomFixture.CHIEF);
  }

  @Test
  void shouldWriteADeliveryPerInterestedEndpointInTheTransactionOfThePublish() {
    String all = endpoint(EnumSet.allOf(WebhookEvent.class), List.of(), true);
    String english = endpoint(EnumSet.of(WebhookEvent.VERSION_PUBLISHED), List.of("en"), true);
    endpoint(EnumSet.of(WebhookEvent.VERSION_ARCHIVED), List.of(), true);
    endpoint(EnumSet.of(WebhookEvent.VERSION_PUBLISHED), List.of("ru"), true);
    endpoint(EnumSet.of(WebhookEvent.VERSION_PUBLISHED), List.of(), false);

    db.run(em -> publishAndAnnounce(em));

    List<WebhookDelivery> written = deliveries();
    assertEquals(2, written.size());
    assertEquals(
        java.util.Set.of(all, english),
        java.util.Set.of(written.get(0).endpointId(), written.get(1).endpointId()));
    WebhookDelivery delivery = written.get(0);
    assertEquals(DeliveryStatus.PENDING, delivery.status());
    assertEquals("version.published", delivery.eventType());
    assertTrue(delivery.messageId().startsWith("msg_"));
    JsonObject payload = Json.createReader(new StringReader(delivery.payload())).readObject();
    assertEquals("version.published", payload.getString("type"));
    JsonObject data = payload.getJsonObject("data");
    assertEquals(article, data.getString("articleId"));
    assertEquals("en", data.getString("language"));
    assertEquals("trade-corridor", data.getString("slug"));
    assertEquals(1, data.getInt("revision"));
    assertEquals(
        "http://localhost:9080/api/v1/content/articles/trade-corridor?lang=en",
        data.getString("url"));
    assertEquals(
        List.of("en"),
        data.getJsonArray("liveLanguages")
            .getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
    assertFalse(delivery.payload().contains("Body of"), "never the body");
  }

  @Test
  void shouldWriteNothingWhenTheChangeRollsBack() {
    endpoint(EnumSet.allOf(WebhookEvent.class), List.of(), true);
    EntityManager em = db.entityManager();
    try {
      em.getTransaction().begin();
      publishAndAnnounce(em);
      em.flush();
      assertEquals(1L, count(em), "written inside the transaction");
      em.getTransaction().rollback();
    } finally {
      em.close();
    }
    assertEquals(0, deliveries().size());
    assertEquals(
        WorkflowState.APPROVED,
        db.call(
            em2 -> NewsroomFixture.repository(em2).version(article, "en").orElseThrow().state()));
  }

  @Test
  void shouldWriteNothingForAnEditOrWhenNoEndpointWantsTheEvent() {
    endpoint(EnumSet.of(WebhookEvent.VERSION_UNPUBLISHED), List.of(), true);
    db.run(em -> publishAndAnnounce(em));
    assertEquals(0, deliveries().size());
  }

  private void publishAndAnnounce(EntityManager em) {
    ArticleRepository repository = NewsroomFixture.repository(em);
    LanguageVersion version = repository.lockVersion(article, "en").orElseThrow();
    Change change =
        version.perform(
            WorkflowAction.PUBLISH, NewsroomFixture.CHIEF, null, false, newsroom.tick());
    repository.store(change);
    // what CDI does for the synchronous observer, in the same transaction
    outbox(em).stepped(new VersionStepped(version, change.transition()));
  }

  static WebhookOutbox outbox(EntityManager em) {
    WebhookOutbox outbox = new WebhookOutbox();
    outbox.em = em;
    outbox.settings = Webhooks.settings();
    return outbox;
  }

  private String endpoint(EnumSet<WebhookEvent> events, List<String> languages, boolean enabled) {
    return db.call(em -> Webhooks.endpoint(em, events, languages, enabled).id());
  }

  private List<WebhookDelivery> deliveries() {
    return db.call(
        em ->
            em.createQuery("select d from WebhookDelivery d order by d.id", WebhookDelivery.class)
                .getResultList());
  }

  private static long count(EntityManager em) {
    return em.createQuery("select count(d) from WebhookDelivery d", Long.class).getSingleResult();
  }
}
