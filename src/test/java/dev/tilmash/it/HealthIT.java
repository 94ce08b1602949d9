package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MicroProfile Health over HTTP: an instance is live and ready with its database; on PostgreSQL, an
 * instance whose database refuses connections is no longer ready (503, the database check down) but
 * stays live, and is ready again once the database is back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void client() {
    api = Api.anonymous(base);
  }

  @Test
  void shouldBeLiveAndReadyWithItsDatabase() {
    Api.Reply ready = api.get("/health/ready");
    assertEquals(200, ready.status(), ready::toString);
    assertEquals("UP", ready.json().getString("status"));
    assertEquals("UP", check(ready.json(), "database").getString("status"), ready::toString);

    Api.Reply live = api.get("/health/live");
    assertEquals(200, live.status(), live::toString);
    assertEquals("UP", live.json().getString("status"));
    assertEquals("UP", check(live.json(), "heap").getString("status"), live::toString);
  }

  @Test
  void shouldNotBeReadyWhileTheDatabaseRefusesConnections() {
    assumeTrue(PostgresForIts.onPostgresql(), "the IT run on PostgreSQL can take it away");
    String database = PostgresForIts.DATABASE;
    try {
      PostgresForIts.execute("alter database " + database + " allow_connections false");
      PostgresForIts.execute(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
              + database
              + "'");

      Api.Reply ready = api.get("/health/ready");
      assertEquals(503, ready.status(), ready::toString);
      assertEquals("DOWN", ready.json().getString("status"));
      assertEquals("DOWN", check(ready.json(), "database").getString("status"), ready::toString);
      Api.Reply live = api.get("/health/live");
      assertEquals(200, live.status(), "a database outage is no reason to restart: " + live);
    } finally {
      PostgresForIts.execute("alter database " + database + " allow_connections true");
    }
    assertTrue(readyWithin(Duration.ofSeconds(60)), "never ready again");
  }

  private boolean readyWithin(Duration bound) {
    Instant deadline = Instant.now().plus(bound);
    while (Instant.now().isBefore(deadline)) {
      if (api.get("/health/ready").status() == 200) {
        return true;
      }
      sleep();
    }
    return false;
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").stream()
        .map(JsonObject.class::cast)
        .filter(c -> name.equals(c.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
