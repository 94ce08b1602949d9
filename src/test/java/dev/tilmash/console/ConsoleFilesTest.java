package dev.tilmash.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console's files keep the promises its Content-Security-Policy and its users rely on: one
 * inline script (the import map, allowed by its hash), no inline style, and no text of the API ever
 * injected as HTML.
 */
class ConsoleFilesTest {
  private static final Path CONSOLE = Path.of("src/main/webapp/console");

  private static Map<Path, String> files(String suffix) throws IOException {
    Map<Path, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(CONSOLE)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(suffix)).toList()) {
        files.put(file, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static String index() throws IOException {
    return Files.readString(CONSOLE.resolve("index.html"), StandardCharsets.UTF_8);
  }

  @Test
  void shouldHaveTheImportMapAsItsOnlyInlineScript() throws IOException {
    Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(index());
    int inline = 0;
    while (scripts.find()) {
      String attributes = scripts.group(1);
      if (!attributes.contains("src=")) {
        assertEquals(" type=\"importmap\"", attributes, "an inline script other than the map");
        inline++;
      }
    }
    assertEquals(1, inline);
  }

  @Test
  void shouldAllowTheImportMapByItsHashAndNothingElseInline() throws IOException {
    String policy = ImportMap.allowIn(ConsoleHeadersFilter.POLICY, index());

    String hash = ImportMap.hashSource(index()).orElseThrow();
    assertTrue(hash.matches("'sha256-[A-Za-z0-9+/]{43}='"), hash);
    assertTrue(policy.contains("script-src 'self' " + hash + ";"), policy);
    assertTrue(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"), policy);
  }

  @Test
  void shouldChangeTheHashWhenTheImportMapChanges() throws IOException {
    String other = index().replace("3.3.3", "3.3.4");

    assertTrue(!ImportMap.hashSource(other).equals(ImportMap.hashSource(index())));
  }

  @Test
  void shouldUseNoInlineStyle() throws IOException {
    Map<Path, String> files = files(".js");
    files.putAll(files(".html"));
    List<Path> styled =
        files.entrySet().stream()
            .filter(e -> e.getValue().contains("style=") || e.getValue().contains("<style"))
            .map(Map.Entry::getKey)
            .toList();
    assertTrue(styled.isEmpty(), () -> "inline styles in " + styled);
  }

  @Test
  void shouldNeverInjectTextAsHtml() throws IOException {
    List<Path> injecting =
        files(".js").entrySet().stream()
            .filter(
                e ->
                    Stream.of("innerHTML", "outerHTML", "unsafeHTML", "insertAdjacentHTML", "eval(")
                        .anyMatch(e.getValue()::contains))
            .map(Map.Entry::getKey)
            .toList();
    assertTrue(injecting.isEmpty(), () -> "HTML injection in " + injecting);
  }

  @Test
  void shouldKeepEveryModuleSmall() throws IOException {
    Map<Path, Long> large = new TreeMap<>();
    for (var file : files(".js").entrySet()) {
      long lines = file.getValue().lines().count();
      if (lines > 300) {
        large.put(file.getKey(), lines);
      }
    }
    assertTrue(large.isEmpty(), () -> "modules over 300 lines: " + large);
  }
}
