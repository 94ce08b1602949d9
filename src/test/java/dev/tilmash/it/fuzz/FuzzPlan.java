package dev.tilmash.it.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Which hostile classes apply to which endpoint, and the seeded order the requests come in: every
 * (endpoint, class) pair in turn, a random variant of it each time, until the budget is spent. The
 * same seed gives the same requests (only the names of created users differ from run to run).
 */
public final class FuzzPlan {
  private record Cell(Endpoint endpoint, Hostility hostility, List<Variant> variants) {}

  private final List<Cell> cells = new ArrayList<>();
  private final Fixtures fixtures;
  private final Random rng;
  private int next;

  public FuzzPlan(List<Endpoint> endpoints, Fixtures fixtures, long seed) {
    this.fixtures = fixtures;
    this.rng = new Random(seed);
    for (Endpoint endpoint : endpoints) {
      for (Hostility hostility : Hostility.values()) {
        List<Variant> variants = variants(endpoint, hostility, fixtures);
        if (!variants.isEmpty()) {
          cells.add(new Cell(endpoint, hostility, variants));
        }
      }
    }
  }

  /** How many (endpoint, class) pairs the plan covers. */
  public int cells() {
    return cells.size();
  }

  public FuzzCase next() {
    Cell cell = cells.get(next++ % cells.size());
    Variant variant = cell.variants().get(rng.nextInt(cell.variants().size()));
    Subject subject = subject(cell.endpoint(), variant);
    Build build = new Build(cell.endpoint(), subject, fixtures, rng);
    RawRequest valid = cell.endpoint().valid(subject, fixtures, rng);
    RawRequest hostile = variant.mutation().apply(valid, build);
    return new FuzzCase(
        cell.endpoint().family(),
        cell.hostility(),
        variant.label(),
        hostile,
        variant.mustRefuse(),
        subject);
  }

  /** The version a request is aimed at; targets only get requests that must be refused. */
  private Subject subject(Endpoint endpoint, Variant variant) {
    boolean mayTarget = !endpoint.mutates() || variant.mustRefuse();
    List<Subject> pool = new ArrayList<>(fixtures.scratch());
    if (mayTarget) {
      pool.addAll(fixtures.targets());
      pool.addAll(fixtures.targets());
    }
    if (endpoint.translationOnly()) {
      pool.removeIf(s -> !s.translation());
    }
    return pool.get(rng.nextInt(pool.size()));
  }

  private static List<Variant> variants(Endpoint endpoint, Hostility hostility, Fixtures fixtures) {
    boolean json = endpoint.body() == Endpoint.Body.JSON;
    return switch (hostility) {
      case PERCENT_ESCAPES -> UrlMutations.percentEscapes();
      case CONTROL_BYTES -> UrlMutations.controlBytes();
      case BRACES -> UrlMutations.braces();
      case TRAVERSAL -> UrlMutations.traversal();
      case CONTENT_TYPE -> HeaderMutations.contentType(endpoint);
      case ACCEPT -> HeaderMutations.accept();
      case AUTHORIZATION -> HeaderMutations.authorization(endpoint);
      case HOST -> HeaderMutations.host();
      case CONTENT_LENGTH -> HeaderMutations.contentLength();
      case CHUNKED -> HeaderMutations.chunked();
      case JSON_SYNTAX -> json ? JsonMutations.syntax() : List.of();
      case JSON_DUPLICATE_KEYS -> json ? JsonMutations.duplicateKeys() : List.of();
      case JSON_WRONG_TYPES -> json ? JsonMutations.wrongTypes() : List.of();
      case JSON_INVALID_UTF8 -> json ? JsonMutations.invalidUtf8() : List.of();
      case JSON_CHARSET -> json ? JsonMutations.charsets() : List.of();
      case JSON_HUGE_NUMBERS -> json ? JsonMutations.hugeNumbers() : List.of();
      case PARAMETERS -> ParameterMutations.variants(endpoint);
      case MULTIPART ->
          endpoint.body() == Endpoint.Body.MULTIPART ? FileMutations.multipart() : List.of();
      case ARCHIVE ->
          endpoint.body() == Endpoint.Body.IMPORT_ZIP || endpoint.body() == Endpoint.Body.XLIFF_ZIP
              ? FileMutations.archive(endpoint)
              : List.of();
      case XML -> endpoint.body() == Endpoint.Body.XLIFF ? FileMutations.xml() : List.of();
      case DEEP_NESTING -> nesting(endpoint, fixtures);
    };
  }

  /** Nesting goes into the import form's files and into every JSON body with a {@code body}. */
  private static List<Variant> nesting(Endpoint endpoint, Fixtures fixtures) {
    if (endpoint.body() == Endpoint.Body.MULTIPART) {
      return NestingMutations.inImports();
    }
    boolean hasBody =
        endpoint.body() == Endpoint.Body.JSON
            && endpoint.shape(fixtures.scratch().get(0)).fields().stream()
                .anyMatch(f -> f.name().equals("body"));
    return hasBody ? NestingMutations.inJson() : List.of();
  }
}
