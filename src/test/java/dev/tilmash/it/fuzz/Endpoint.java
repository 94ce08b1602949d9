package dev.tilmash.it.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One operation of the API as the fuzz knows it: method, path template below {@code api/v1/}
 * (placeholders {@code {id}}, {@code {lang}}, {@code {slug}}, {@code {user}}, {@code {release}}), a
 * valid query, who calls it, and the kind of body it takes.
 */
public final class Endpoint {
  /** The body an endpoint takes. */
  public enum Body {
    NONE,
    JSON,
    MULTIPART,
    IMPORT_ZIP,
    XLIFF_ZIP,
    XLIFF
  }

  private final String family;
  private final String method;
  private final String template;
  private final Map<String, String> query = new LinkedHashMap<>();
  private final Set<String> numericParams = new LinkedHashSet<>();
  private final Set<String> flagParams = new LinkedHashSet<>();
  private String user;
  private boolean ifMatch;
  private boolean translationOnly;
  private boolean numbersInPath;
  private Body body = Body.NONE;
  private Function<Subject, JsonShape> json;

  private Endpoint(String family, String method, String template) {
    this.family = family;
    this.method = method;
    this.template = template;
  }

  public static Endpoint of(String family, String method, String template) {
    return new Endpoint(family, method, template);
  }

  public Endpoint query(String name, String rawValue) {
    query.put(name, rawValue);
    return this;
  }

  /** A query parameter that must be an integer in range (page, size). */
  public Endpoint numeric(String name, String rawValue) {
    numericParams.add(name);
    return query(name, rawValue);
  }

  /** A query parameter that must be true or false. */
  public Endpoint flag(String name, String rawValue) {
    flagParams.add(name);
    return query(name, rawValue);
  }

  public Endpoint as(String username) {
    this.user = username;
    return this;
  }

  public Endpoint ifMatch() {
    this.ifMatch = true;
    return this;
  }

  public Endpoint onlyForTranslations() {
    this.translationOnly = true;
    return this;
  }

  /** The path holds revision numbers ({@code revisions/1}), which must be integers. */
  public Endpoint withRevisionNumbers() {
    this.numbersInPath = true;
    return this;
  }

  public Endpoint json(Function<Subject, JsonShape> shape) {
    this.body = Body.JSON;
    this.json = shape;
    return this;
  }

  public Endpoint body(Body kind) {
    this.body = kind;
    return this;
  }

  public String family() {
    return family;
  }

  public String method() {
    return method;
  }

  public boolean mutates() {
    return !method.equals("GET");
  }

  public boolean aimsAtVersion() {
    return template.contains("{lang}") || template.contains("{id}");
  }

  public boolean translationOnly() {
    return translationOnly;
  }

  public boolean signedIn() {
    return user != null;
  }

  public boolean numbersInPath() {
    return numbersInPath;
  }

  public Set<String> numericParams() {
    return numericParams;
  }

  public Set<String> queryNames() {
    return query.keySet();
  }

  public Set<String> flagParams() {
    return flagParams;
  }

  public Body body() {
    return body;
  }

  public JsonShape shape(Subject subject) {
    return json.apply(subject);
  }

  /** Indexes of the path segments that come from placeholders, the ones worth corrupting. */
  public List<Integer> variableSegments() {
    List<Integer> indexes = new ArrayList<>();
    String[] segments = ("api/v1/" + template).split("/");
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].startsWith("{") || segments[i].matches("\\d+")) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  /** The valid request, before any mutation. */
  public RawRequest valid(Subject subject, Fixtures fixtures, java.util.Random rng) {
    String path = "api/v1/" + fill(template, subject, fixtures, rng);
    String raw =
        query.isEmpty()
            ? null
            : String.join(
                "&",
                query.entrySet().stream()
                    .map(e -> e.getKey() + "=" + fill(e.getValue(), subject, fixtures, rng))
                    .toList());
    RawRequest request = new RawRequest(method, path, raw).as(user);
    if (ifMatch && subject != null) {
      request.header("If-Match", subject.etag());
    }
    return switch (body) {
      case NONE -> request;
      case JSON -> request.body("application/json", Bodies.utf8(shape(subject).render()));
      case MULTIPART -> Bodies.multipart(request, rng);
      case IMPORT_ZIP -> request.body("application/zip", Bodies.importZip(rng));
      case XLIFF_ZIP -> request.body("application/zip", Bodies.zip("fuzz.xlf", fixtures.xliff()));
      case XLIFF -> request.body("application/xliff+xml", fixtures.xliff());
    };
  }

  private static String fill(
      String text, Subject subject, Fixtures fixtures, java.util.Random rng) {
    String filled =
        text.replace("{slug}", fixtures.slug())
            .replace("{user}", fixtures.scratchUser())
            .replace("{release}", new java.util.UUID(rng.nextLong(), rng.nextLong()).toString())
            .replace("{derivable}", fixtures.derivableArticleId());
    if (subject != null) {
      filled = filled.replace("{id}", subject.articleId()).replace("{lang}", subject.language());
    }
    return filled;
  }
}
