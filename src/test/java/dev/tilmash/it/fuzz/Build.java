package dev.tilmash.it.fuzz;

import java.util.List;
import java.util.Random;

/** What a mutation may look at while it makes a valid request hostile. */
public record Build(Endpoint endpoint, Subject subject, Fixtures fixtures, Random rng) {

  public <T> T pick(List<T> choices) {
    return choices.get(rng.nextInt(choices.size()));
  }

  @SafeVarargs
  public final <T> T pick(T... choices) {
    return choices[rng.nextInt(choices.length)];
  }

  public JsonShape shape() {
    return endpoint.shape(subject);
  }

  /** The path below the application root split into segments, as {@link Endpoint} numbers them. */
  public static String[] segments(RawRequest request) {
    return request.path().split("/", -1);
  }

  /** The request's path with one segment replaced. */
  public static String replaceSegment(RawRequest request, int index, String segment) {
    String[] segments = segments(request);
    segments[index] = segment;
    return String.join("/", segments);
  }

  /** A segment worth corrupting: a placeholder's value, else the last segment. */
  public int variableSegment(RawRequest request) {
    List<Integer> variable = endpoint.variableSegments();
    return variable.isEmpty() ? segments(request).length - 1 : pick(variable);
  }
}
