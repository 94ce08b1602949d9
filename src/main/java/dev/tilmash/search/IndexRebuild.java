package dev.tilmash.search;

import dev.tilmash.article.LanguageVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * Builds the whole search index from the database, one batch of language versions per transaction,
 * as fast as the index writer takes it: for the benchmarks, which build an emptied index. At start,
 * {@link SearchIndexCheck} reconciles instead ({@link IndexReconciliation}), which never purges.
 */
@ApplicationScoped
@Transactional
public class IndexRebuild {
  static final int BATCH = 200;
  private static final String COORDINATION = "hibernate.search.coordination.strategy";

  /** Batches between waits for the index writer: at most this many are queued at once. */
  static final int WAIT_EVERY = 10;

  private final AtomicLong batches = new AtomicLong();

  @PersistenceContext EntityManager em;

  /** For code that runs outside the container, such as the JPA tests. */
  static IndexRebuild using(EntityManager em) {
    IndexRebuild rebuild = new IndexRebuild();
    rebuild.em = em;
    return rebuild;
  }

  public long indexedVersions() {
    return Search.session(em)
        .search(LanguageVersion.class)
        .where(f -> f.matchAll())
        .fetchTotalHitCount();
  }

  /** The documents written in the current {@link DocumentFormat}; the others need rebuilding. */
  public long currentVersions() {
    return Search.session(em)
        .search(LanguageVersion.class)
        .where(f -> f.match().field(DocumentFormat.FIELD).matching(DocumentFormat.CURRENT))
        .fetchTotalHitCount();
  }

  public long storedVersions() {
    return em.createQuery("select count(v) from LanguageVersion v", Long.class).getSingleResult();
  }

  /**
   * Commits what the batches wrote and makes it visible. The segments are left to Lucene's merge
   * policy: forcing a multi-GB index into one segment outran the transaction timeout (120 s) at
   * 500,000 versions.
   */
  public void finish() {
    SearchWorkspace workspace = Search.session(em).workspace(LanguageVersion.class);
    workspace.flush();
    workspace.refresh();
  }

  public void purge() {
    Search.session(em).workspace(LanguageVersion.class).purge();
  }

  /**
   * Indexes the next batch of versions after the given id (null for the first batch); returns the
   * last id indexed, or null when there were none left. Every {@value #WAIT_EVERY}th batch waits
   * until the index has written and committed everything before it.
   */
  public Long indexAfter(Long after) {
    List<LanguageVersion> batch =
        em.createQuery(
                "select v from LanguageVersion v join fetch v.article left join fetch v.live"
                    + " left join fetch v.working where v.id > :after order by v.id",
                LanguageVersion.class)
            .setParameter("after", after == null ? Long.MIN_VALUE : after)
            .setMaxResults(BATCH)
            .getResultList();
    SearchSession session = Search.session(em);
    // Most batches go to the index writer without waiting for a commit (and its fsync); every
    // WAIT_EVERY-th waits, which also holds the loop back to the writer's pace: without it the
    // queued documents outgrew a 512 MB heap at 500,000 versions.
    // Through the outbox (OpenSearch) every batch is queued anyway and indexed at the agent's pace.
    if (batches.incrementAndGet() % WAIT_EVERY != 0 && !throughOutbox()) {
      session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
    }
    batch.forEach(session.indexingPlan()::addOrUpdate);
    return batch.isEmpty() ? null : batch.get(batch.size() - 1).id();
  }

  private boolean throughOutbox() {
    return "outbox-polling".equals(em.getEntityManagerFactory().getProperties().get(COORDINATION));
  }
}
