package dev.tilmash.search;

import dev.tilmash.article.LanguageVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Brings the search index back to what the database holds, version by version, without taking
 * anything out first: in id order, one batch of {@value #BATCH} language versions per transaction,
 * it compares each row's version (its optimistic lock, raised by every change) with the one the
 * index stored, and reindexes in place only the versions that are missing, differ (an unpublish
 * whose index write was lost still shows as live there) or were written in an older {@link
 * DocumentFormat}; documents of versions that no longer exist are removed. Search keeps answering
 * from every document that was right all along.
 *
 * <p>{@link SearchIndexCheck} runs it at start, after a crash between a commit and its index write,
 * a deleted index directory or rows written past Hibernate.
 */
@ApplicationScoped
@Transactional
public class IndexReconciliation {
  static final int BATCH = 500;

  @PersistenceContext EntityManager em;

  /** For code that runs outside the container, such as the JPA tests. */
  static IndexReconciliation using(EntityManager em) {
    IndexReconciliation reconciliation = new IndexReconciliation();
    reconciliation.em = em;
    return reconciliation;
  }

  /** What one batch did, and where the next begins ({@code last} is null after the last). */
  public record Step(Long last, int reindexed, int removed) {}

  /** Reconciles the versions after {@code after} (null: from the first), one batch of them. */
  public Step after(Long after) {
    long from = after == null ? Long.MIN_VALUE : after;
    List<Object[]> rows =
        em.createQuery(
                "select v.id, v.version from LanguageVersion v where v.id > :after order by v.id",
                Object[].class)
            .setParameter("after", from)
            .setMaxResults(BATCH)
            .getResultList();
    Map<Long, Long> stored = new LinkedHashMap<>();
    rows.forEach(row -> stored.put((Long) row[0], (Long) row[1]));
    Long last = rows.isEmpty() ? null : (Long) rows.get(rows.size() - 1)[0];
    Map<Long, Long> indexed = indexed(from, last);

    List<Long> stale = new ArrayList<>();
    stored.forEach(
        (id, version) -> {
          if (!version.equals(indexed.get(id))) {
            stale.add(id);
          }
        });
    List<Long> gone = new ArrayList<>(indexed.keySet());
    gone.removeAll(stored.keySet());

    SearchSession session = Search.session(em);
    if (!stale.isEmpty()) {
      em.createQuery(
              "select v from LanguageVersion v join fetch v.article left join fetch v.live"
                  + " left join fetch v.working where v.id in :ids",
              LanguageVersion.class)
          .setParameter("ids", stale)
          .getResultList()
          .forEach(session.indexingPlan()::addOrUpdate);
    }
    gone.forEach(id -> session.indexingPlan().purge(LanguageVersion.class, id, null));
    return new Step(last, stale.size(), gone.size());
  }

  /**
   * The row versions the index stored for the versions with ids in {@code (from, to]} ({@code to}
   * null: no upper bound), for documents in the current format only: an older document counts as
   * missing.
   */
  private Map<Long, Long> indexed(long from, Long to) {
    Map<Long, Long> indexed = new HashMap<>();
    try (SearchScroll<List<?>> scroll =
        Search.session(em)
            .search(LanguageVersion.class)
            .select(
                f ->
                    f.composite()
                        .from(
                            f.field(VersionDocumentBinder.VERSION_ID, Long.class),
                            f.field(VersionDocumentBinder.ROW_VERSION, Long.class))
                        .asList())
            .where(
                f ->
                    f.bool()
                        // an open upper bound when to is null; the lower one is dropped below
                        .filter(f.range().field(VersionDocumentBinder.VERSION_ID).between(from, to))
                        .filter(
                            f.match().field(DocumentFormat.FIELD).matching(DocumentFormat.CURRENT)))
            .scroll(BATCH)) {
      for (SearchScrollResult<List<?>> chunk = scroll.next();
          chunk.hasHits();
          chunk = scroll.next()) {
        for (List<?> hit : chunk.hits()) {
          long id = (Long) hit.get(0);
          if (id > from) {
            indexed.put(id, (Long) hit.get(1));
          }
        }
      }
    }
    return indexed;
  }
}
