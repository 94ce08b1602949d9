package dev.tilmash.it.fuzz;

import static dev.tilmash.it.fuzz.Variant.answered;
import static dev.tilmash.it.fuzz.Variant.refused;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hostile paths and queries: broken escapes, control bytes, braces, traversal. */
final class UrlMutations {
  private static final List<String> BROKEN_ESCAPES =
      List.of("%zz", "%", "a%", "%u0041", "%G1", "%2", "%%41", "x%4");
  private static final List<String> ESCAPED_BAD_UTF8 = List.of("%C3%28", "%FF", "%ED%A0%80");
  private static final List<String> RAW_CONTROLS =
      List.of("\u0000", "\u007f", "\u0001", "\u001b", "\u0008", "a\u0000b");
  private static final List<String> ESCAPED_CONTROLS = List.of("%00", "%7F", "%0D%0A", "%1B");
  private static final List<String> BRACE_TEXTS = List.of("{}", "{", "}", "{id}", "{{x}}");
  private static final List<String> ENCODED_TRAVERSALS =
      List.of(
          "..%2F..%2Fetc%2Fpasswd",
          "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "..%5C..%5Cwindows%5Cwin.ini",
          "%252e%252e%252fetc",
          "....%2F%2F");
  private static final List<String> OUTSIDE_THE_API =
      List.of("api", "api/", "api/v1", "api/v1/", "api/v2/languages", "", "api/v1/../../");
  private static final List<String> PRIVATE_FILES = List.of("WEB-INF/web.xml", "META-INF/x");

  private UrlMutations() {}

  static List<Variant> percentEscapes() {
    List<Variant> variants = new ArrayList<>();
    BROKEN_ESCAPES.forEach(e -> variants.add(refused("escape " + e, (r, b) -> inUrl(r, b, e))));
    ESCAPED_BAD_UTF8.forEach(
        e -> variants.add(answered("escaped bad UTF-8 " + e, (r, b) -> inUrl(r, b, e))));
    return variants;
  }

  static List<Variant> controlBytes() {
    List<Variant> variants = new ArrayList<>();
    RAW_CONTROLS.forEach(
        c -> variants.add(refused("raw " + Printable.of(c, 8), (r, b) -> inUrl(r, b, c))));
    // A raw space ends the request target: Liberty's HTTP channel reads what follows as the
    // protocol (a 505) or, at the end of the target, lets it pass as the separator.
    variants.add(answered("raw space", (r, b) -> inUrl(r, b, " ")));
    ESCAPED_CONTROLS.forEach(
        c -> {
          variants.add(refused("path " + c, (r, b) -> inPath(r, b, c)));
          variants.add(answered("query " + c, (r, b) -> inQueryOrPath(r, b, c)));
        });
    return variants;
  }

  static List<Variant> braces() {
    return BRACE_TEXTS.stream()
        .map(text -> answered("raw " + text, (r, b) -> inUrl(r, b, text)))
        .toList();
  }

  static List<Variant> traversal() {
    List<Variant> variants = new ArrayList<>();
    ENCODED_TRAVERSALS.forEach(
        t ->
            variants.add(
                refused(
                    "encoded " + t,
                    (r, b) -> r.path(Build.replaceSegment(r, b.variableSegment(r), t)))));
    variants.add(
        refused(
            "dot segments to the root",
            (r, b) -> r.path(r.path() + "/" + "../".repeat(Build.segments(r).length) + "etc/x")));
    variants.add(answered("dot segment", (r, b) -> r.path(insertSegment(r, b, "."))));
    variants.add(answered("dot-dot segment", (r, b) -> r.path(insertSegment(r, b, "x/.."))));
    variants.add(
        answered("dot-dot with parameter", (r, b) -> r.path(insertSegment(r, b, "x/..;"))));
    OUTSIDE_THE_API.forEach(p -> variants.add(answered("path " + p, (r, b) -> r.path(p))));
    PRIVATE_FILES.forEach(p -> variants.add(refused("path " + p, (r, b) -> r.path(p))));
    return variants;
  }

  /** The text in a query value (when the request has a query, half the time) or a path segment. */
  static RawRequest inUrl(RawRequest request, Build build, String text) {
    return request.query() != null && build.rng().nextBoolean()
        ? inQuery(request, build, text)
        : inPath(request, build, text);
  }

  static RawRequest inQueryOrPath(RawRequest request, Build build, String text) {
    return request.query() != null ? inQuery(request, build, text) : inPath(request, build, text);
  }

  static RawRequest inPath(RawRequest request, Build build, String text) {
    int index = build.variableSegment(request);
    String segment = Build.segments(request)[index];
    String changed = build.rng().nextBoolean() ? text : segment + text;
    return request.path(Build.replaceSegment(request, index, changed)).note("in path");
  }

  static RawRequest inQuery(RawRequest request, Build build, String text) {
    List<String> pairs = new ArrayList<>(Arrays.asList(request.query().split("&")));
    int index = build.rng().nextInt(pairs.size());
    String name = pairs.get(index).split("=", 2)[0];
    pairs.set(index, name + "=" + (build.rng().nextBoolean() ? text : "a" + text));
    return request.query(String.join("&", pairs)).note("in " + name);
  }

  /** The query with one parameter's value replaced. */
  static RawRequest withParameter(RawRequest request, String name, String value) {
    List<String> pairs = new ArrayList<>();
    for (String pair : request.query().split("&")) {
      pairs.add(pair.startsWith(name + "=") ? name + "=" + value : pair);
    }
    return request.query(String.join("&", pairs));
  }

  private static String insertSegment(RawRequest request, Build build, String inserted) {
    String[] segments = Build.segments(request);
    int at = 2 + build.rng().nextInt(Math.max(1, segments.length - 2));
    List<String> changed = new ArrayList<>(Arrays.asList(segments));
    changed.add(Math.min(at, changed.size()), inserted);
    return String.join("/", changed);
  }
}
