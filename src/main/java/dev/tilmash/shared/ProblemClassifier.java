package dev.tilmash.shared;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.StaleStateException;

/**
 * Decides which problem any failure is. Exceptions arrive wrapped (by transactions, by the JSON
 * binding, by the REST runtime), so the cause chain is searched for the first thing that says what
 * went wrong; what is left is a 500 that reveals nothing of the internals.
 */
final class ProblemClassifier {
  private ProblemClassifier() {}

  static ProblemException classify(Throwable failure) {
    // Our own problem wins wherever it is: the REST runtime wraps what a reader or converter
    // throws in exceptions of its own, whose status would otherwise answer instead.
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProblemException problem) {
        return problem;
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      ProblemException problem = classifyOne(t);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static ProblemException classifyOne(Throwable t) {
    if (t instanceof ProblemException problem) {
      return problem;
    }
    if (t instanceof ConstraintViolationException invalid) {
      return new ProblemException(ProblemType.INVALID_FIELD, violations(invalid));
    }
    if (t instanceof OptimisticLockException
        || t instanceof StaleStateException
        || t instanceof PessimisticLockException
        || t instanceof LockTimeoutException) {
      return new ProblemException(ProblemType.CONCURRENT_UPDATE);
    }
    if (t instanceof org.hibernate.exception.ConstraintViolationException violation) {
      // Two saves of one version racing for the same revision number: a lost race, not a clash.
      String constraint = String.valueOf(violation.getConstraintName()).toLowerCase(Locale.ROOT);
      return new ProblemException(
          constraint.contains("uq_revision_number")
              ? ProblemType.CONCURRENT_UPDATE
              : ProblemType.CONFLICT);
    }
    if (t instanceof JsonbException || t instanceof JsonException) {
      return new ProblemException(ProblemType.MALFORMED_REQUEST);
    }
    if (t instanceof WebApplicationException web) {
      return fromStatus(web.getResponse().getStatus());
    }
    if (t instanceof ProcessingException) {
      return new ProblemException(ProblemType.MALFORMED_REQUEST);
    }
    return null;
  }

  static ProblemException fromStatus(int status) {
    ProblemType type =
        switch (status) {
          case 401 -> ProblemType.UNAUTHENTICATED;
          case 403 -> ProblemType.FORBIDDEN;
          case 404 -> ProblemType.NOT_FOUND;
          case 405 -> ProblemType.METHOD_NOT_ALLOWED;
          case 406 -> ProblemType.NOT_ACCEPTABLE;
          case 413 -> ProblemType.BODY_TOO_LARGE;
          case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
          default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST;
        };
    return new ProblemException(type);
  }

  private static Map<String, Object> violations(ConstraintViolationException invalid) {
    List<Map<String, String>> errors =
        invalid.getConstraintViolations().stream()
            .map(ProblemClassifier::violation)
            .distinct()
            .toList();
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("fields", errors.stream().map(e -> e.get("field")).distinct().toList());
    args.put("errors", errors);
    return args;
  }

  private static Map<String, String> violation(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    String field = path.substring(path.lastIndexOf('.') + 1);
    return Map.of("field", field, "message", v.getMessage());
  }
}
