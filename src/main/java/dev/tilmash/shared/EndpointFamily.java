package dev.tilmash.shared;

import java.util.Locale;

/**
 * The endpoint family of a request, the label that request metrics count by: a small, fixed set, so
 * that a path with ids, slugs or garbage in it never becomes a label of its own. Decided from the
 * path inside the application (without its context root) by its first segments only.
 */
public enum EndpointFamily {
  CONTENT,
  SEARCH,
  ARTICLES,
  RELEASES,
  XLIFF,
  IMPORT,
  QUEUES,
  LANGUAGES,
  USERS,
  AUDIT,
  WEBHOOKS,
  SESSION,
  CONSOLE,
  OTHER;

  /** The label as Prometheus shows it: {@code content}, {@code xliff}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The family of {@code path}, such as {@code /api/v1/articles/42/versions/kk/xliff}. */
  public static EndpointFamily of(String path) {
    if (path == null) {
      return OTHER;
    }
    String[] segments = path.split("/", 8);
    // segments[0] is the empty string before the leading slash
    if (segments.length > 1 && segments[0].isEmpty() && "console".equals(segments[1])) {
      return CONSOLE;
    }
    if (segments.length < 4 || !segments[0].isEmpty() || !"api".equals(segments[1])) {
      return OTHER;
    }
    if (!"v1".equals(segments[2])) {
      return OTHER;
    }
    return ofApi(segments);
  }

  private static EndpointFamily ofApi(String[] segments) {
    String first = segments[3];
    String second = segments.length > 4 ? segments[4] : "";
    return switch (first) {
      case "content" ->
          "search".equals(second) ? SEARCH : "articles".equals(second) ? CONTENT : OTHER;
      case "articles" -> ofArticles(segments);
      case "xliff" -> XLIFF;
      case "imports" -> IMPORT;
      case "review-queue", "my-work" -> QUEUES;
      case "languages" -> LANGUAGES;
      case "users" -> USERS;
      case "audit" -> AUDIT;
      case "webhooks" -> WEBHOOKS;
      case "session" -> SESSION;
      case "console" -> CONSOLE;
      default -> OTHER;
    };
  }

  /** {@code /api/v1/articles/{id}/releases…} and {@code …/versions/{lang}/xliff} have their own. */
  private static EndpointFamily ofArticles(String[] segments) {
    if (segments.length > 5 && "releases".equals(segments[5])) {
      return RELEASES;
    }
    if (segments.length > 7 && "versions".equals(segments[5]) && xliff(segments[7])) {
      return XLIFF;
    }
    return ARTICLES;
  }

  private static boolean xliff(String rest) {
    return rest.equals("xliff") || rest.startsWith("xliff/");
  }
}
