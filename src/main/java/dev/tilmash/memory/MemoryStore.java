package dev.tilmash.memory;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.Revision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Reads and writes the remembered segments, and the one revision query the memory needs. */
@ApplicationScoped
public class MemoryStore {
  private static final int CHUNK = 500;

  @PersistenceContext EntityManager em;

  void add(MemorySegment segment) {
    em.persist(segment);
  }

  /** A version's revision by number: the source revision a translation was made from. */
  Optional<Revision> revision(LanguageVersion version, int number) {
    return em.createQuery(
            "select r from Revision r where r.version = :v and r.number = :n", Revision.class)
        .setParameter("v", version)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  /** Which of these sources the memory already has, each with which targets. */
  Set<String> identities(LanguagePair pair, Collection<String> sourceKeys) {
    Set<String> found = new HashSet<>();
    List<String> keys = List.copyOf(new HashSet<>(sourceKeys));
    for (int from = 0; from < keys.size(); from += CHUNK) {
      em.createQuery(
              "select s.sourceKey, s.targetKey from MemorySegment s where s.sourceLanguage = :s"
                  + " and s.targetLanguage = :t and s.sourceKey in :keys",
              Object[].class)
          .setParameter("s", pair.source())
          .setParameter("t", pair.target())
          .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + CHUNK)))
          .getResultList()
          .forEach(row -> found.add(row[0] + "/" + row[1]));
    }
    return found;
  }

  /** The newest segment with exactly this normalized source. */
  Optional<MemorySegment> newestExact(LanguagePair pair, String sourceKey) {
    return em.createQuery(
            "select s from MemorySegment s where s.sourceLanguage = :s and s.targetLanguage = :t"
                + " and s.sourceKey = :k order by s.id desc",
            MemorySegment.class)
        .setParameter("s", pair.source())
        .setParameter("t", pair.target())
        .setParameter("k", sourceKey)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  List<MemorySegment> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select s from MemorySegment s where s.id in :ids", MemorySegment.class)
        .setParameter("ids", new ArrayList<>(ids))
        .getResultList();
  }

  /**
   * Builds the fuzzy index of a language pair from the newest segments back, until {@code
   * maxWeight} token occurrences are in: a language pair larger than that is matched on its newest
   * part only (exact lookups still see all of it).
   */
  @Transactional // its own transaction when the cache rebuilds an index in the background
  public FuzzyIndex loadIndex(LanguagePair pair, long maxWeight) {
    FuzzyIndex index = new FuzzyIndex();
    long weight = 0;
    try (Stream<Object[]> rows =
        em.createQuery(
                "select s.id, s.sourceTokens from MemorySegment s where s.sourceLanguage = :s"
                    + " and s.targetLanguage = :t order by s.id desc",
                Object[].class)
            .setParameter("s", pair.source())
            .setParameter("t", pair.target())
            .setHint("org.hibernate.fetchSize", 1000)
            .getResultStream()) {
      for (var iterator = rows.iterator(); iterator.hasNext() && weight < maxWeight; ) {
        Object[] row = iterator.next();
        String tokens = (String) row[1];
        if (!tokens.isEmpty()) { // a segment without words ("—") has no fuzzy match
          List<String> list = List.of(tokens.split(" "));
          index.add((Long) row[0], list);
          weight += list.size() + 1;
        }
      }
    }
    return index;
  }
}
