package dev.tilmash.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A parameter that must be one of a fixed set of names. A value that names none of them is a 400
 * {@code invalid-field} naming the field and listing the values it allows.
 */
public final class EnumParam {
  private EnumParam() {}

  /**
   * The one of {@code values} whose {@code name} is exactly {@code value}. The caller brings the
   * value into the names' form first (trimmed, cased); {@code null} names nothing.
   */
  public static <E> E parse(
      String field, String value, List<E> values, Function<? super E, String> name) {
    return values.stream()
        .filter(candidate -> name.apply(candidate).equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.INVALID_FIELD,
                    Map.of(
                        "fields",
                        List.of(field),
                        "allowedValues",
                        values.stream().map(name).toList())));
  }
}
