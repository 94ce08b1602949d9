package dev.tilmash.language;

import com.ibm.icu.util.ULocale;
import dev.tilmash.shared.ProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the raw language configuration (tags, fallback lists, derivations, in any spelling) into
 * canonical, cross-checked {@link Language} records.
 *
 * <p>A bad language configuration must stop the application at startup with a message naming the
 * offending key, not surface later as a wrong answer to a reader, so every problem here is an
 * {@link IllegalArgumentException}: unknown or duplicate tags, fallbacks to unconfigured languages,
 * a language falling back to itself, cycles, and derivations across languages.
 */
final class LanguageConfigReader {

  private LanguageConfigReader() {}

  static List<Language> read(
      List<String> tags, Map<String, List<String>> fallbacks, Map<String, String> derivedFrom) {
    if (tags == null || tags.isEmpty()) {
      throw new IllegalArgumentException("at least one language must be configured");
    }
    List<String> configured = new ArrayList<>();
    for (String raw : tags) {
      String tag = canonical(raw, "language");
      if (configured.contains(tag)) {
        throw new IllegalArgumentException("language " + tag + " is configured twice");
      }
      configured.add(tag);
    }
    Map<String, List<String>> chains = readFallbacks(fallbacks, configured);
    Map<String, String> sources = readDerivations(derivedFrom, configured);
    Map<String, List<String>> derivationEdges = new HashMap<>();
    sources.forEach((tag, source) -> derivationEdges.put(tag, List.of(source)));
    rejectCycles(chains, "fallback");
    rejectCycles(derivationEdges, "derivation");

    List<Language> languages = new ArrayList<>();
    for (String tag : configured) {
      languages.add(new Language(tag, chains.getOrDefault(tag, List.of()), sources.get(tag)));
    }
    return languages;
  }

  static String canonical(String raw, String what) {
    try {
      return LanguageTags.canonicalize(raw);
    } catch (ProblemException invalid) {
      throw new IllegalArgumentException(what + " '" + raw + "' is not a valid BCP 47 tag");
    }
  }

  private static String configuredTag(String raw, List<String> configured, String what) {
    String tag = canonical(raw, what);
    if (!configured.contains(tag)) {
      throw new IllegalArgumentException(what + " " + tag + " is not a configured language");
    }
    return tag;
  }

  private static Map<String, List<String>> readFallbacks(
      Map<String, List<String>> raw, List<String> configured) {
    Map<String, List<String>> chains = new LinkedHashMap<>();
    if (raw == null) {
      return chains;
    }
    raw.forEach(
        (rawTag, rawChain) -> {
          String tag = configuredTag(rawTag, configured, "fallback key");
          if (chains.containsKey(tag)) {
            throw new IllegalArgumentException("fallbacks of " + tag + " are configured twice");
          }
          List<String> chain = new ArrayList<>();
          for (String rawFallback : rawChain == null ? List.<String>of() : rawChain) {
            String fallback = configuredTag(rawFallback, configured, "fallback of " + tag);
            if (fallback.equals(tag) || chain.contains(fallback)) {
              throw new IllegalArgumentException(
                  "fallback chain of " + tag + " repeats " + fallback);
            }
            chain.add(fallback);
          }
          chains.put(tag, chain);
        });
    return chains;
  }

  private static Map<String, String> readDerivations(
      Map<String, String> raw, List<String> configured) {
    Map<String, String> sources = new LinkedHashMap<>();
    if (raw == null) {
      return sources;
    }
    raw.forEach(
        (rawTag, rawSource) -> {
          String tag = configuredTag(rawTag, configured, "derived language");
          String source = configuredTag(rawSource, configured, "source of " + tag);
          if (sources.containsKey(tag)) {
            throw new IllegalArgumentException("derivation of " + tag + " is configured twice");
          }
          // Transliteration changes the script, never the language: uz-Cyrl from uz, not from ru.
          if (source.equals(tag) || !sameLanguage(tag, source)) {
            throw new IllegalArgumentException(
                tag
                    + " can only be derived from another script of the same language, not "
                    + source);
          }
          sources.put(tag, source);
        });
    return sources;
  }

  private static boolean sameLanguage(String a, String b) {
    return ULocale.forLanguageTag(a).getLanguage().equals(ULocale.forLanguageTag(b).getLanguage());
  }

  /** Depth-first search; a node met again while still on the current path closes a cycle. */
  private static void rejectCycles(Map<String, List<String>> edges, String kind) {
    Set<String> done = new HashSet<>();
    for (String start : edges.keySet()) {
      visit(start, edges, new ArrayList<>(), done, kind);
    }
  }

  private static void visit(
      String tag,
      Map<String, List<String>> edges,
      List<String> path,
      Set<String> done,
      String kind) {
    if (path.contains(tag)) {
      path.add(tag);
      throw new IllegalArgumentException(kind + " cycle: " + String.join(" → ", path));
    }
    if (!done.add(tag)) {
      return;
    }
    path.add(tag);
    for (String next : edges.getOrDefault(tag, List.of())) {
      visit(next, edges, path, done, kind);
    }
    path.remove(path.size() - 1);
  }
}
