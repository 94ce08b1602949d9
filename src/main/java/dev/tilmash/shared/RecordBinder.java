package dev.tilmash.shared;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds a JSON object to a request record by its components' types, and nothing looser: a string
 * field takes a JSON string only (never a number or {@code true}), a boolean {@code true} or {@code
 * false} only (never {@code "false"}), an integer an integral number in range (never {@code 1.5} or
 * twenty digits), an instant an ISO-8601 string, an enum one of its names, a list or set an array
 * without nulls. JSON {@code null} and an absent member are both an absent value. Members the
 * record does not have are ignored, so that a client may send what it read back (see the README).
 */
final class RecordBinder {
  private RecordBinder() {}

  /**
   * A {@code type} record from {@code json}.
   *
   * @throws ProblemException {@code MALFORMED_REQUEST} naming the pointer of the first value of the
   *     wrong type
   */
  static <T> T bind(JsonObject json, Class<T> type) {
    return type.cast(record(json, type, ""));
  }

  private static Object record(JsonObject json, Class<?> type, String pointer) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      values[i] =
          value(
              json.get(component.getName()),
              component.getGenericType(),
              pointer + MalformedJson.segment(component.getName()));
    }
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (InvocationTargetException refused) {
      if (refused.getCause() instanceof RuntimeException domain) {
        throw domain;
      }
      throw new IllegalStateException(refused.getCause());
    } catch (ReflectiveOperationException notARecord) {
      throw new IllegalStateException(notARecord);
    }
  }

  private static Object value(JsonValue json, Type type, String pointer) {
    Class<?> raw = raw(type);
    if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        throw MalformedJson.wrongType(pointer, expected(raw));
      }
      return null;
    }
    if (raw == String.class) {
      return json instanceof JsonString text ? text.getString() : wrong(pointer, raw);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return switch (json.getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        default -> wrong(pointer, raw);
      };
    }
    if (raw == Integer.class || raw == int.class) {
      return integral(json, pointer, 10).intValueExact();
    }
    if (raw == Long.class || raw == long.class) {
      return integral(json, pointer, 19).longValueExact();
    }
    if (raw == Instant.class) {
      return instant(json, pointer);
    }
    if (raw.isEnum()) {
      return constant(json, raw, pointer);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return collection(json, type, raw, pointer);
    }
    if (raw.isRecord()) {
      return json instanceof JsonObject object ? record(object, raw, pointer) : wrong(pointer, raw);
    }
    throw new IllegalStateException("A request record has a component of type " + type);
  }

  /** An integral number of at most {@code digits} digits that fits the field's type. */
  private static BigDecimal integral(JsonValue json, String pointer, int digits) {
    if (json instanceof JsonNumber number && number.isIntegral()) {
      BigDecimal value = number.bigDecimalValue();
      if (value.precision() <= digits) {
        try {
          return digits <= 10
              ? BigDecimal.valueOf(value.intValueExact())
              : BigDecimal.valueOf(value.longValueExact());
        } catch (ArithmeticException outOfRange) {
          // falls through to the refusal
        }
      }
    }
    throw MalformedJson.wrongType(pointer, "integer");
  }

  private static Instant instant(JsonValue json, String pointer) {
    if (json instanceof JsonString text) {
      try {
        return Instant.parse(text.getString());
      } catch (DateTimeParseException notAnInstant) {
        // falls through to the refusal
      }
    }
    throw MalformedJson.wrongType(pointer, "date-time");
  }

  private static Object constant(JsonValue json, Class<?> type, String pointer) {
    List<String> names =
        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    if (json instanceof JsonString text && names.contains(text.getString())) {
      return type.getEnumConstants()[names.indexOf(text.getString())];
    }
    throw MalformedJson.notOneOf(pointer, names);
  }

  private static Collection<Object> collection(
      JsonValue json, Type type, Class<?> raw, String pointer) {
    if (!(json instanceof JsonArray array)) {
      throw MalformedJson.wrongType(pointer, "array");
    }
    Type element =
        type instanceof ParameterizedType generic
            ? generic.getActualTypeArguments()[0]
            : String.class;
    Collection<Object> values =
        Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = pointer + "/" + i;
      Object value = value(array.get(i), element, at);
      if (value == null) {
        throw MalformedJson.wrongType(at, expected(raw(element)));
      }
      values.add(value);
    }
    return values instanceof Set<Object> set
        ? Collections.unmodifiableSet(set)
        : Collections.unmodifiableList((List<Object>) values);
  }

  private static Object wrong(String pointer, Class<?> type) {
    throw MalformedJson.wrongType(pointer, expected(type));
  }

  /** The JSON type a Java type is sent as, for the {@code expected} member of a refusal. */
  static String expected(Class<?> type) {
    if (type == String.class || type.isEnum()) {
      return "string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "integer";
    }
    if (type == Instant.class) {
      return "date-time";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "array";
    }
    return "object";
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType generic) {
      return (Class<?>) generic.getRawType();
    }
    throw new IllegalStateException("A request record has a component of type " + type);
  }
}
