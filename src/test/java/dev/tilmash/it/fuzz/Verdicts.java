package dev.tilmash.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Judges each answer against the contract and keeps every violation: no 5xx, no answer refused
 * where the input must be refused, every 4xx an {@code application/problem+json} with a type under
 * {@value #PROBLEMS}, and no Java internals in any error body.
 */
public final class Verdicts {
  public static final String PROBLEMS = "https://tilmash.dev/problems/";
  private static final Pattern INTERNALS =
      Pattern.compile("Exception|java\\.|jakarta\\.|com\\.ibm|org\\.|SRVE|\tat |\\\\tat ");

  /**
   * A request line that a raw space breaks into four parts gets Liberty's HTTP channel's 505 with
   * an empty body, before any code of ours can run (the dispatcher has no request to hand on). A
   * path the web container would refuse on its own ({@code CWWWC0005I}) is no exception: the user
   * feature {@code tilmashChannel-1.0} answers it with a problem, so such an answer is a violation.
   */
  private static final Set<String> CONTENT_TYPES =
      Set.of("application/json", "application/xliff+xml", "application/zip");

  /** What went wrong. */
  public enum Kind {
    NO_ANSWER("no answer"),
    SERVER_ERROR("5xx"),
    ACCEPTED("not refused although the input is wrong"),
    NOT_A_PROBLEM("4xx that is not application/problem+json"),
    BAD_PROBLEM_TYPE("problem without a type under " + PROBLEMS),
    INTERNALS("Java internals in the body"),
    TARGET_CHANGED("a targeted version changed");

    private final String text;

    Kind(String text) {
      this.text = text;
    }
  }

  /** One violation, as a line of the report. */
  public record Violation(Kind kind, String group, String request, String answer) {
    @Override
    public String toString() {
      return "[" + kind.text + "] " + request + " -> " + answer;
    }
  }

  private final List<Violation> violations = new ArrayList<>();
  private final Map<String, Integer> statuses = new TreeMap<>();

  public void judge(FuzzCase fuzzCase, RawHttp.Exchange exchange) {
    String group = fuzzCase.hostility().name();
    if (!exchange.answered()) {
      statuses.merge("none", 1, Integer::sum);
      add(Kind.NO_ANSWER, group, fuzzCase.describe(), exchange.failure());
      return;
    }
    RawResponse response = exchange.response();
    int status = response.status();
    statuses.merge(String.valueOf(status), 1, Integer::sum);
    String answer = status + " " + response.mediaType() + " " + Printable.of(response.body(), 120);
    if (containerRefusal(status, response.text())) {
      statuses.merge("container", 1, Integer::sum);
      return;
    }
    if (status >= 500) {
      add(Kind.SERVER_ERROR, group, fuzzCase.describe(), answer);
    } else if (fuzzCase.mustRefuse() && status < 400) {
      add(Kind.ACCEPTED, group, fuzzCase.describe(), answer);
    }
    if (status >= 400 && status < 500) {
      if (!response.mediaType().equals("application/problem+json")) {
        add(Kind.NOT_A_PROBLEM, group, fuzzCase.describe(), answer);
      } else if (!typed(response.text())) {
        add(Kind.BAD_PROBLEM_TYPE, group, fuzzCase.describe(), answer);
      }
    }
    boolean content = status < 300 && CONTENT_TYPES.contains(response.mediaType());
    if (!content && INTERNALS.matcher(response.text()).find()) {
      add(Kind.INTERNALS, group, fuzzCase.describe(), answer);
    }
  }

  public void targetChanged(String target, String how) {
    add(Kind.TARGET_CHANGED, "TARGETS", target, how);
  }

  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  public Map<String, Integer> statuses() {
    return statuses;
  }

  /** Counts per class and kind, then up to {@code examples} requests of each. */
  public String report(int examples) {
    Map<String, Map<Kind, List<Violation>>> grouped = new TreeMap<>();
    for (Violation v : violations) {
      grouped
          .computeIfAbsent(v.group(), g -> new TreeMap<>())
          .computeIfAbsent(v.kind(), k -> new ArrayList<>())
          .add(v);
    }
    StringBuilder out = new StringBuilder(violations.size() + " violations\n");
    grouped.forEach(
        (group, kinds) -> {
          out.append(group).append(':');
          kinds.forEach(
              (kind, list) ->
                  out.append(' ').append(kind.text).append(' ').append(list.size()).append(';'));
          out.append('\n');
          kinds
              .values()
              .forEach(
                  list ->
                      list.stream()
                          .limit(examples)
                          .forEach(v -> out.append("    ").append(v).append('\n')));
        });
    return out.toString();
  }

  private void add(Kind kind, String group, String request, String answer) {
    violations.add(new Violation(kind, group, request, answer));
  }

  private static boolean containerRefusal(int status, String body) {
    return status == 505 && body.isBlank();
  }

  private static boolean typed(String body) {
    try {
      JsonObject problem = Json.createReader(new StringReader(body)).readObject();
      JsonValue type = problem.get("type");
      return type instanceof JsonString s && s.getString().startsWith(PROBLEMS);
    } catch (RuntimeException notJson) {
      return false;
    }
  }
}
