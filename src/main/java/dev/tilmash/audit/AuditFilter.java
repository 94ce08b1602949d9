package dev.tilmash.audit;

import dev.tilmash.shared.EnumParam;
import dev.tilmash.shared.Parameters;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filters of the audit log, each optional: one article, one user, one kind, and a time window
 * from {@code from} (inclusive) to {@code to} (exclusive).
 */
public record AuditFilter(String articleId, String user, Instant from, Instant to, AuditKind kind) {

  /**
   * Reads the query parameters. Times are ISO-8601 instants ({@code 2026-03-01T08:00:00Z}) or
   * date-times with an offset; anything else, a window that ends before it starts, or an unknown
   * kind is a 400 naming the field.
   */
  public static AuditFilter parse(
      String articleId, String user, String from, String to, String kind) {
    AuditFilter filter =
        new AuditFilter(
            blankToNull(articleId),
            blankToNull(user),
            instant("from", from),
            instant("to", to),
            kind(kind));
    if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
      throw new ProblemException(
          ProblemType.INVALID_FIELD, Map.of("fields", List.of("from", "to")));
    }
    return filter;
  }

  private static Instant instant(String field, String value) {
    return Parameters.instant(field, value);
  }

  private static AuditKind kind(String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    String name = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    return EnumParam.parse("kind", name, List.of(AuditKind.values()), Enum::name);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
