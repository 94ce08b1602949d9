package dev.tilmash.vocabulary;

import dev.tilmash.changes.ChangeKind;
import dev.tilmash.changes.ChangesArrived;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.language.SlugTransliterator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The vocabulary as readers get it: every term's labels, held in memory, so that delivery and
 * search localize tags and sections without a query per answer.
 *
 * <p>The terms are read once and kept until a change commits on this instance ({@link
 * VocabularyChanged}, after success), or until {@code tilmash.vocabulary.cache-max-age} has passed,
 * the bound on seeing another instance's change. A read that began before a change committed is
 * used once but not kept (the generation moved on meanwhile).
 */
@ApplicationScoped
public class Vocabulary {
  private record Loaded(long generation, long at, Map<TermKind, Map<String, TermText>> terms) {}

  private final SlugTransliterator slugs = new SlugTransliterator();
  private final AtomicLong generation = new AtomicLong();
  private volatile Loaded loaded;

  @PersistenceContext EntityManager em;
  @Inject LanguageSet languages;

  @Inject
  @ConfigProperty(name = "tilmash.vocabulary.cache-max-age", defaultValue = "PT60S")
  Duration maxAge;

  /** A vocabulary reading through {@code em}, outside a container (tests and benchmarks). */
  public static Vocabulary using(EntityManager em, LanguageSet languages) {
    Vocabulary vocabulary = new Vocabulary();
    vocabulary.em = em;
    vocabulary.languages = languages;
    vocabulary.maxAge = Duration.ZERO;
    return vocabulary;
  }

  /** The tags with these keys, in key order, for a reader of the language with this tag. */
  public List<LocalizedTerm> tags(Collection<String> keys, String language) {
    Map<String, TermText> known = terms(TermKind.TAG);
    List<Language> chain = chain(language);
    return keys.stream()
        .sorted()
        .map(key -> text(known, TermKind.TAG, key).in(chain, slugs))
        .toList();
  }

  /** The section with this key for a reader of {@code language}; null for none. */
  public LocalizedTerm section(String key, String language) {
    if (key == null) {
      return null;
    }
    return text(terms(TermKind.SECTION), TermKind.SECTION, key).in(chain(language), slugs);
  }

  /**
   * The keys a list filter's {@code value} names for a reader of {@code language}: the key itself,
   * or the keys of the terms whose slug or label that reader sees is {@code value}. The value is
   * always a candidate key, so a tag an article created a moment ago (which this copy may not hold
   * yet, see {@link VocabularyService#ensureTags}) is found by its key.
   */
  public Set<String> keysNamedBy(TermKind kind, String value, String language) {
    Map<String, TermText> known = terms(kind);
    if (known.containsKey(value)) {
      return Set.of(value);
    }
    List<Language> chain = chain(language);
    Set<String> keys = new HashSet<>(Set.of(value));
    known.values().stream()
        .filter(term -> term.answersTo(value, chain, slugs))
        .forEach(term -> keys.add(term.key()));
    return Set.copyOf(keys);
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) VocabularyChanged change) {
    forget();
  }

  /** The same for a change another instance made, or when the change log cannot tell. */
  void onArrived(@Observes ChangesArrived arrived) {
    if (arrived.everything() || !arrived.keys(ChangeKind.VOCABULARY).isEmpty()) {
      forget();
    }
  }

  private void forget() {
    generation.incrementAndGet();
    loaded = null;
  }

  /** The fallback chain of a configured language's tag; the default language's for another. */
  private List<Language> chain(String tag) {
    return languages.chain(languages.find(tag).orElse(languages.defaultLanguage()));
  }

  private static TermText text(Map<String, TermText> known, TermKind kind, String key) {
    TermText text = known.get(key);
    return text != null ? text : new TermText(kind, key, Map.of());
  }

  private Map<String, TermText> terms(TermKind kind) {
    Loaded current = loaded;
    long now = System.nanoTime();
    if (current == null || now - current.at() > maxAge.toNanos()) {
      long before = generation.get();
      current = new Loaded(before, now, load());
      if (generation.get() == before) {
        loaded = current;
      }
    }
    return current.terms().get(kind);
  }

  private Map<TermKind, Map<String, TermText>> load() {
    Map<TermKind, Map<String, TermText>> byKind = new EnumMap<>(TermKind.class);
    for (TermKind kind : TermKind.values()) {
      byKind.put(kind, new HashMap<>());
    }
    em.createQuery("select t from Term t left join fetch t.labels", Term.class)
        .getResultStream()
        .map(Term::text)
        .forEach(text -> byKind.get(text.kind()).put(text.key(), text));
    byKind.replaceAll((kind, terms) -> Map.copyOf(terms));
    return byKind;
  }
}
