package dev.tilmash.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one way the domain says no. Carries a {@link ProblemType} and named arguments; the arguments
 * fill the localized message and are also published as RFC 9457 extension members, so a client can
 * act on them (for example {@code allowedActions} or {@code supportedLanguages}).
 */
public class ProblemException extends RuntimeException {
  private final ProblemType type;
  private final Map<String, Object> arguments;

  public ProblemException(ProblemType type, Map<String, ?> arguments) {
    super(type.slug() + " " + arguments);
    this.type = type;
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  public ProblemException(ProblemType type) {
    this(type, Map.of());
  }

  public ProblemType type() {
    return type;
  }

  public Map<String, Object> arguments() {
    return arguments;
  }
}
