package dev.tilmash;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of {@code dev.tilmash} and what each may use, written down once: {@code
 * shared} is the bottom and uses no other feature, {@code language} sits on it, {@code text} (body
 * text, which counts and splits per language) over both, {@code changes} (the change log that keeps
 * caches right across instances) on {@code shared} alone, and every other feature names the
 * features below it. A dependency not in the table fails, and so does a package the table does not
 * know, so that a new feature states its place. Cycles fail too, wherever they are. Only main code
 * is checked; tests may reach across features.
 */
class PackageStructureTest {
  private static final String ROOT = "dev.tilmash";

  /** Feature → the features its main code may depend on (besides itself). */
  private static final Map<String, Set<String>> MAY_USE =
      Map.ofEntries(
          Map.entry("shared", Set.of()),
          Map.entry("language", Set.of("shared")),
          Map.entry("changes", Set.of("shared")),
          Map.entry("text", Set.of("shared", "language")),
          Map.entry("archive", Set.of("shared")),
          Map.entry("console", Set.of("shared", "language")),
          Map.entry("account", Set.of("shared", "changes", "text", "language")),
          Map.entry("token", Set.of("shared", "changes", "language", "account", "audit")),
          Map.entry("signin", Set.of("shared", "changes", "account", "token")),
          Map.entry("audit", Set.of("shared", "account")),
          Map.entry("vocabulary", Set.of("shared", "changes", "language", "account", "audit")),
          Map.entry(
              "article",
              Set.of("shared", "changes", "text", "language", "account", "audit", "vocabulary")),
          Map.entry("search", Set.of("shared", "text", "language", "article")),
          Map.entry(
              "delivery",
              Set.of("shared", "changes", "text", "language", "article", "search", "vocabulary")),
          Map.entry("memory", Set.of("shared", "text", "language", "account", "article")),
          Map.entry("release", Set.of("shared", "text", "language", "account", "audit", "article")),
          Map.entry("queue", Set.of("shared", "text", "language", "account", "audit", "article")),
          Map.entry(
              "importing",
              Set.of("shared", "text", "language", "account", "audit", "archive", "article")),
          Map.entry(
              "interchange",
              Set.of(
                  "shared",
                  "text",
                  "language",
                  "account",
                  "audit",
                  "archive",
                  "article",
                  "memory")),
          Map.entry(
              "webhook",
              Set.of(
                  "shared",
                  "text",
                  "language",
                  "account",
                  "audit",
                  "article",
                  "search",
                  "delivery",
                  "release")),
          Map.entry(
              "preview", Set.of("shared", "text", "language", "account", "article", "delivery")),
          Map.entry(
              "demo", Set.of("shared", "text", "language", "account", "article", "vocabulary")));

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void shouldHaveNoCycleBetweenPackages() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void shouldPlaceEveryClassInAKnownFeature() {
    Set<String> unknown = new TreeSet<>();
    for (JavaClass type : MAIN) {
      String feature = feature(type);
      if (feature == null || !MAY_USE.containsKey(feature)) {
        unknown.add(type.getName());
      }
    }
    assertEquals(Set.of(), unknown, "classes outside the features of the table");
  }

  @Test
  void shouldDependOnlyOnTheFeaturesTheTableAllows() {
    Set<String> forbidden = new TreeSet<>();
    for (JavaClass type : MAIN) {
      String from = feature(type);
      Set<String> allowed = MAY_USE.getOrDefault(from, Set.of());
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        String to = feature(dependency.getTargetClass());
        if (to != null && !to.equals(from) && !allowed.contains(to)) {
          forbidden.add(from + " -> " + to + ": " + dependency.getDescription());
        }
      }
    }
    assertEquals(List.of(), List.copyOf(forbidden), "dependencies the table does not allow");
  }

  /** The feature a class belongs to: the package right under the root, or null outside it. */
  private static String feature(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return null;
    }
    String rest = name.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
