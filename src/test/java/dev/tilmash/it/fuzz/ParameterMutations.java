package dev.tilmash.it.fuzz;

import static dev.tilmash.it.fuzz.Variant.refused;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Paging, numbers and flags that are not what they must be: every one is a 400 (a revision number
 * that is not an integer too, which a 404 also refuses).
 */
final class ParameterMutations {
  private static final List<String> NOT_INTEGERS =
      List.of("1e9", "abc", "1.5", "99999999999999999999", "0x10", "%205", "5abc", "1%2C2");
  private static final List<String> SIZES_OUT_OF_RANGE = List.of("0", "-5", "1000000");
  private static final List<String> PAGES_OUT_OF_RANGE = List.of("-1", "2147483648");
  private static final List<String> NOT_FLAGS = List.of("maybe", "yes", "2", "on", "truee");
  private static final List<String> NOT_REVISIONS =
      List.of("abc", "1.5", "99999999999999999999", "1e3", "0x1", "%201", "-1", "0");
  private static final Set<String> CHOICES = Set.of("state", "kind", "sort", "lang", "language");

  private ParameterMutations() {}

  static List<Variant> variants(Endpoint endpoint) {
    List<Variant> variants = new ArrayList<>();
    for (String name : endpoint.numericParams()) {
      NOT_INTEGERS.forEach(v -> variants.add(parameter(name, v)));
      (name.equals("size") ? SIZES_OUT_OF_RANGE : PAGES_OUT_OF_RANGE)
          .forEach(v -> variants.add(parameter(name, v)));
    }
    for (String name : endpoint.flagParams()) {
      NOT_FLAGS.forEach(v -> variants.add(parameter(name, v)));
    }
    if (endpoint.numbersInPath()) {
      NOT_REVISIONS.forEach(
          v ->
              variants.add(
                  refused(
                      "revision " + v,
                      (r, b) -> r.path(Build.replaceSegment(r, revisionSegment(r, b), v)))));
    }
    for (String name : endpoint.queryNames()) {
      if (CHOICES.contains(name)) {
        variants.add(parameter(name, "FOO"));
        variants.add(parameter(name, "xx-%21%21"));
      }
    }
    return variants;
  }

  private static Variant parameter(String name, String value) {
    return refused(
        name + "=" + value, (r, b) -> UrlMutations.withParameter(r, name, value).note(name));
  }

  private static int revisionSegment(RawRequest request, Build build) {
    String[] segments = Build.segments(request);
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].matches("\\d+") && i > 0 && !segments[i - 1].equals("v1")) {
        numbers.add(i);
      }
    }
    return build.pick(numbers);
  }
}
