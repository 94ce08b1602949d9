package dev.tilmash.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * What an old site's page carries besides its article: share buttons, menus, exchange rates,
 * weather, "read also" links, footers. Each rule has a name (what the import report shows) and is
 * either a {@code line} rule, a regular expression a whole line of text must match, or an {@code
 * element} rule, a CSS selector for HTML elements.
 *
 * <p>The rules ship in {@code importing/debris.rules} on the class path (documented there) and are
 * configuration: {@link #with} replaces rules by name, and an empty pattern switches one off.
 * Instances are immutable and shared by all imports.
 */
public final class DebrisRules {
  /** Longer lines are article text, whatever they look like. */
  static final int MAX_DEBRIS_LINE = 300;

  private static final String BUILT_IN = "importing/debris.rules";
  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private final Map<String, String> definitions;
  private final Map<String, Pattern> lines = new LinkedHashMap<>();
  private final Map<String, Evaluator> elements = new LinkedHashMap<>();

  private DebrisRules(Map<String, String> definitions) {
    this.definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
    definitions.forEach(this::compile);
  }

  /** The rules that ship with Tilmash. */
  public static DebrisRules builtIn() {
    try (InputStream in = DebrisRules.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("missing " + BUILT_IN);
      }
      return new DebrisRules(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * These rules with {@code overrides} ({@code line.<name>} or {@code element.<name>} to a pattern)
   * replacing or adding rules by name; an empty pattern removes the rule.
   *
   * @throws IllegalArgumentException naming the rule whose key or pattern is malformed
   */
  public DebrisRules with(Map<String, String> overrides) {
    Map<String, String> merged = new LinkedHashMap<>(definitions);
    overrides.forEach(
        (key, pattern) -> {
          if (pattern == null || pattern.isBlank()) {
            merged.remove(key.strip());
          } else {
            merged.put(key.strip(), pattern.strip());
          }
        });
    return new DebrisRules(merged);
  }

  /** Reads rules in the format of {@code debris.rules}: {@code kind.name = pattern} a line. */
  public static Map<String, String> read(Reader source) throws IOException {
    Map<String, String> rules = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(source);
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException("debris rule on line " + number + " has no '='");
      }
      rules.put(trimmed.substring(0, equals).strip(), trimmed.substring(equals + 1).strip());
    }
    return rules;
  }

  /** The name of the first line rule {@code text} matches as a whole, if it is debris. */
  public Optional<String> lineRule(String text) {
    String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (line.isEmpty() || line.length() > MAX_DEBRIS_LINE) {
      return Optional.empty();
    }
    return lines.entrySet().stream()
        .filter(rule -> rule.getValue().matcher(line).matches())
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The element rules by name, in the order they are applied. */
  public Map<String, Evaluator> elementRules() {
    return Collections.unmodifiableMap(elements);
  }

  /** Every rule as {@code kind.name} to pattern, for the documentation and the tests. */
  public Map<String, String> definitions() {
    return definitions;
  }

  private void compile(String key, String pattern) {
    int dot = key.indexOf('.');
    String kind = dot < 0 ? "" : key.substring(0, dot);
    String name = key.substring(dot + 1);
    if (name.isBlank() || !name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("debris rule " + key + ": a name is [a-z0-9-]+");
    }
    try {
      switch (kind) {
        case "line" -> lines.put(name, Pattern.compile(pattern, FLAGS));
        case "element" -> elements.put(name, QueryParser.parse(pattern));
        default ->
            throw new IllegalArgumentException(
                "debris rule " + key + ": the kind is line or element");
      }
    } catch (PatternSyntaxException | Selector.SelectorParseException e) {
      throw new IllegalArgumentException("debris rule " + key + ": " + e.getMessage(), e);
    }
  }
}
