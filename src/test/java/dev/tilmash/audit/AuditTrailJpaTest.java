package dev.tilmash.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import dev.tilmash.shared.RefusedAttempt;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reading the audit log with its filters, as real queries on the migrated schema. */
class AuditTrailJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final String ARTICLE = "6f1c2b1e-0000-4000-8000-000000000001";
  private static final String OTHER = "6f1c2b1e-0000-4000-8000-000000000002";
  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  /** Writes one entry at {@code minute} minutes after T0. */
  private void record(int minute, String actor, AuditKind kind, String article, String detail) {
    db.run(
        em -> {
          AuditLog log = new AuditLog();
          log.em = em;
          log.clock = Clock.fixed(T0.plusSeconds(60L * minute), ZoneOffset.UTC);
          log.record(actor, kind, AuditSubject.version(article, "kk", 1), detail);
        });
  }

  private void refused(int minute, String user, String method, String path) {
    db.run(
        em -> {
          AuditLog log = new AuditLog();
          log.em = em;
          log.clock = Clock.fixed(T0.plusSeconds(60L * minute), ZoneOffset.UTC);
          log.refused(
              new RefusedAttempt(
                  user,
                  method,
                  path,
                  new ProblemException(ProblemType.MISSING_LANGUAGE, Map.of("language", "ru"))));
        });
  }

  private Page<AuditEntry> read(AuditFilter filter, int page, int size) {
    return db.call(
        em -> {
          AuditTrail trail = new AuditTrail();
          trail.em = em;
          return trail.read(filter, new PageRequest(page, size));
        });
  }

  private List<String> details(AuditFilter filter) {
    return read(filter, 0, 100).items().stream().map(AuditEntry::detail).toList();
  }

  private static AuditFilter filter(
      String article, String user, String from, String to, String kind) {
    return AuditFilter.parse(article, user, from, to, kind);
  }

  private void newsroomDay() {
    record(1, "editor", AuditKind.TRANSITION, ARTICLE, "submit");
    record(2, "editor2", AuditKind.TRANSITION, ARTICLE, "approve");
    record(3, "editor", AuditKind.ASSIGNMENT, ARTICLE, "assigned to translator.kk");
    record(4, "translator.kk", AuditKind.TRANSITION, OTHER, "submit other");
    refused(5, "translator.kk", "PUT", "/api/v1/articles/" + ARTICLE + "/versions/ru");
  }

  @Test
  void shouldReadTheWholeLogNewestFirst() {
    newsroomDay();

    Page<AuditEntry> all = read(filter(null, null, null, null, null), 0, 100);

    assertEquals(5, all.total());
    assertEquals(
        List.of("REFUSED", "TRANSITION", "ASSIGNMENT", "TRANSITION", "TRANSITION"),
        all.items().stream().map(AuditEntry::kind).toList());
    assertEquals(T0.plusSeconds(300), all.items().get(0).at());
  }

  @Test
  void shouldFilterByArticleAndUserTogether() {
    newsroomDay();

    assertEquals(
        List.of("missing-language {language=ru}", "assigned to translator.kk", "approve", "submit"),
        details(filter(ARTICLE, null, null, null, null)));
    List<AuditEntry> refusals =
        read(filter(ARTICLE, "translator.kk", null, null, null), 0, 100).items();
    assertEquals(1, refusals.size());
    AuditEntry refusal = refusals.get(0);
    assertEquals("REFUSED", refusal.kind());
    assertEquals("ru", refusal.language());
    assertEquals("PUT", refusal.method());
    assertEquals("/api/v1/articles/" + ARTICLE + "/versions/ru", refusal.path());
    assertEquals(
        List.of("submit other"), details(filter(OTHER, "translator.kk", null, null, null)));
    assertEquals(List.of(), details(filter(OTHER, "editor", null, null, null)));
  }

  @Test
  void shouldFilterByKind() {
    newsroomDay();

    List<AuditEntry> assignments =
        read(filter(null, null, null, null, "ASSIGNMENT"), 0, 100).items();

    assertEquals(1, assignments.size());
    assertEquals("editor", assignments.get(0).user());
    assertEquals(ARTICLE, assignments.get(0).articleId());
    assertEquals("kk", assignments.get(0).language());
    assertEquals(1, assignments.get(0).revision());
    assertNull(assignments.get(0).method());
  }

  @Test
  void shouldReadAWindowFromInclusiveToExclusive() {
    newsroomDay();

    assertEquals(
        List.of("submit other", "assigned to translator.kk", "approve"),
        details(filter(null, null, "2026-03-01T08:02:00Z", "2026-03-01T08:05:00Z", null)));
    assertEquals(5, details(filter(null, null, "2026-03-01T08:01:00Z", null, null)).size());
    assertEquals(List.of(), details(filter(null, null, null, "2026-03-01T08:01:00Z", null)));
  }

  @Test
  void shouldPageNewestFirstWithTheTotalOfAllPages() {
    for (int minute = 1; minute <= 5; minute++) {
      record(minute, "editor", AuditKind.TRANSITION, ARTICLE, "step " + minute);
    }

    Page<AuditEntry> second = read(filter(ARTICLE, null, null, null, null), 1, 2);

    assertEquals(5, second.total());
    assertEquals(
        List.of("step 3", "step 2"), second.items().stream().map(AuditEntry::detail).toList());
  }
}
