package dev.tilmash.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typed query and path parameters, parsed here rather than by the REST runtime: a typed parameter
 * that fails to convert is a 404 in JAX-RS (as if {@code size=1e9} named a missing page), and a
 * boolean anything but {@code true} is silently false. Here a value that does not parse is a 400
 * {@code invalid-field} naming the parameter, and an absent one is {@code null}.
 */
public final class Parameters {
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");

  private Parameters() {}

  /** An optional integer: decimal digits with an optional minus sign, within {@code int}. */
  public static Integer integer(String name, String value) {
    if (value == null) {
      return null;
    }
    if (INTEGER.matcher(value).matches()) {
      long parsed = Long.parseLong(value);
      if (parsed == (int) parsed) {
        return (int) parsed;
      }
    }
    throw invalid(name);
  }

  /** A required integer, such as a revision number in a path. */
  public static int requiredInteger(String name, String value) {
    Integer parsed = integer(name, value);
    if (parsed == null) {
      throw invalid(name);
    }
    return parsed;
  }

  /** An optional flag: exactly {@code true} or {@code false}. */
  public static Boolean flag(String name, String value) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw invalid(name);
    };
  }

  /** A flag that is {@code false} when absent. */
  public static boolean isSet(String name, String value) {
    return Boolean.TRUE.equals(flag(name, value));
  }

  /**
   * An optional instant: ISO-8601 ({@code 2026-03-01T08:00:00Z}) or a date-time with an offset;
   * blank is absent.
   */
  public static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeException notAnInstant) {
      try {
        return OffsetDateTime.parse(value.strip()).toInstant();
      } catch (DateTimeException invalid) {
        throw invalid(name);
      }
    }
  }

  /** The 400 for a parameter whose value is not of its type. */
  public static ProblemException invalid(String name) {
    return new ProblemException(ProblemType.INVALID_FIELD, Map.of("fields", List.of(name)));
  }
}
