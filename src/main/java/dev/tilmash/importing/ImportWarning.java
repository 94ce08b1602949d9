package dev.tilmash.importing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something an editor should know about an imported file that did not stop its import. The {@code
 * code} is stable and names the message {@code import.warning.<code>} of the catalogs in {@code
 * translations/}; the arguments fill it and are reported with it.
 */
public record ImportWarning(String code, Map<String, Object> arguments) {
  public ImportWarning {
    arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /** A warning with arguments as name, value pairs. */
  static ImportWarning of(String code, Object... pairs) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      arguments.put(String.valueOf(pairs[i]), pairs[i + 1]);
    }
    return new ImportWarning(code, arguments);
  }
}
