package dev.tilmash.memory;

import dev.tilmash.language.LanguageTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The translation memory: exact lookups on the normalized source in the database (indexed by its
 * hash, the newest translation wins), fuzzy lookups in the cached in-memory index of the language
 * pair, whose hits are then read from the database.
 */
@ApplicationScoped
@Transactional
public class TranslationMemoryService implements TranslationMemory {
  @Inject MemoryStore store;
  @Inject FuzzyIndexes indexes;

  /** A memory without a container, for tests and the benchmark. */
  static TranslationMemoryService of(MemoryStore store, FuzzyIndexes indexes) {
    TranslationMemoryService memory = new TranslationMemoryService();
    memory.store = store;
    memory.indexes = indexes;
    return memory;
  }

  @Override
  public Optional<Match> exact(String sourceLanguage, String targetLanguage, String sourceText) {
    LanguagePair pair = pair(sourceLanguage, targetLanguage);
    NormalizedText source = NormalizedText.of(sourceText, pair.source());
    if (source.text().isEmpty()) {
      return Optional.empty();
    }
    return store.newestExact(pair, source.key()).map(segment -> segment.match(1.0));
  }

  @Override
  public List<Match> fuzzy(
      String sourceLanguage, String targetLanguage, String sourceText, double minimum, int limit) {
    LanguagePair pair = pair(sourceLanguage, targetLanguage);
    NormalizedText source = NormalizedText.of(sourceText, pair.source());
    if (source.tokens().isEmpty() || limit <= 0 || minimum > 1.0) {
      return List.of();
    }
    List<FuzzyIndex.Hit> hits = indexes.of(pair).search(source.tokens(), minimum, limit);
    Map<Long, MemorySegment> segments =
        store.byIds(hits.stream().map(FuzzyIndex.Hit::id).toList()).stream()
            .collect(Collectors.toMap(MemorySegment::id, Function.identity()));
    return hits.stream()
        .map(
            hit -> {
              MemorySegment segment = segments.get(hit.id());
              return segment == null ? null : segment.match(hit.similarity());
            })
        .filter(Objects::nonNull)
        .toList();
  }

  private static LanguagePair pair(String sourceLanguage, String targetLanguage) {
    return new LanguagePair(canonical(sourceLanguage), canonical(targetLanguage));
  }

  private static String canonical(String tag) {
    return LanguageTags.tryCanonicalize(tag).orElse(tag == null ? "" : tag);
  }
}
