package dev.tilmash.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the audit log's query parameters. */
class AuditFilterTest {

  @Test
  void shouldTakeEveryFilterAsGiven() {
    AuditFilter filter =
        AuditFilter.parse(
            "a-1", "translator.kk", "2026-03-01T08:00:00Z", "2026-03-02T08:00:00Z", "REFUSED");

    assertEquals("a-1", filter.articleId());
    assertEquals("translator.kk", filter.user());
    assertEquals(Instant.parse("2026-03-01T08:00:00Z"), filter.from());
    assertEquals(Instant.parse("2026-03-02T08:00:00Z"), filter.to());
    assertEquals(AuditKind.REFUSED, filter.kind());
  }

  @Test
  void shouldTreatMissingAndBlankFiltersAsNoFilter() {
    AuditFilter filter = AuditFilter.parse(null, " ", "", null, "  ");

    assertEquals(new AuditFilter(null, null, null, null, null), filter);
  }

  @Test
  void shouldReadADateTimeWithAnOffsetAsTheSameInstant() {
    AuditFilter filter = AuditFilter.parse(null, null, "2026-03-01T13:00:00+05:00", null, null);

    assertEquals(Instant.parse("2026-03-01T08:00:00Z"), filter.from());
    assertNull(filter.to());
  }

  @Test
  void shouldReadKindsInAnyCaseAndWithHyphens() {
    assertEquals(
        AuditKind.ASSIGNMENT, AuditFilter.parse(null, null, null, null, "assignment").kind());
    assertEquals(
        AuditKind.SCHEDULED_STEP,
        AuditFilter.parse(null, null, null, null, "scheduled-step").kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2026-03-01", "2026-03-01T08:00:00", "2026-13-01T08:00:00Z"})
  void shouldRefuseATimeThatIsNotAnInstant(String value) {
    ProblemException refused =
        assertThrows(
            ProblemException.class, () -> AuditFilter.parse(null, null, null, value, null));

    assertEquals(ProblemType.INVALID_FIELD, refused.type());
    assertEquals(List.of("to"), refused.arguments().get("fields"));
  }

  @Test
  void shouldRefuseAWindowThatEndsBeforeItStarts() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () ->
                AuditFilter.parse(
                    null, null, "2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z", null));

    assertEquals(List.of("from", "to"), refused.arguments().get("fields"));
  }

  @Test
  void shouldRefuseAnUnknownKindListingTheKnownOnes() {
    ProblemException refused =
        assertThrows(
            ProblemException.class, () -> AuditFilter.parse(null, null, null, null, "login"));

    assertEquals(List.of("kind"), refused.arguments().get("fields"));
    assertEquals(
        List.of(AuditKind.values()).stream().map(Enum::name).toList(),
        refused.arguments().get("allowedValues"));
  }
}
