package dev.tilmash.importing;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why one file of an import cannot become an article: an {@link ProblemType#IMPORT_FILE_REJECTED}
 * problem whose {@code reason} a client can act on. It is reported in that file's entry of the
 * import report; the other files are imported all the same.
 */
final class Rejection {
  private Rejection() {}

  /** A rejection for {@code reason} with further arguments as name, value pairs. */
  static ProblemException of(String reason, Object... pairs) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("reason", reason);
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      arguments.put(String.valueOf(pairs[i]), pairs[i + 1]);
    }
    return new ProblemException(ProblemType.IMPORT_FILE_REJECTED, arguments);
  }
}
