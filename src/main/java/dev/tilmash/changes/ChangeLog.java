package dev.tilmash.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The change log table: written by every {@link ChangeNotice} event in the transaction that fires
 * it (the one way a change reaches it), read and pruned by the instances' {@link ChangeFeed}s.
 */
@ApplicationScoped
public class ChangeLog implements ChangeFeed.Source {
  /** How many of its own rows an instance remembers: far more than one overlap window writes. */
  static final int OWN_ROWS = 50_000;

  @PersistenceContext EntityManager em;

  /**
   * The ids of the rows this instance wrote (a rolled-back one is never read, so it is harmless).
   */
  private final Set<Long> own =
      Collections.newSetFromMap(
          Collections.synchronizedMap(
              new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                  return size() > OWN_ROWS;
                }
              }));

  void write(@Observes(during = TransactionPhase.IN_PROGRESS) ChangeNotice notice) {
    append(notice.changeKind(), notice.changeKey());
  }

  /**
   * Writes a row in the current transaction; the insert runs now, so a failure fails the change.
   */
  void append(ChangeKind kind, String key) {
    LoggedChange row = new LoggedChange(kind, key);
    em.persist(row); // an identity column: the insert runs here and gives the row its id
    own.add(row.id());
  }

  @Override
  public boolean writtenHere(long id) {
    return own.contains(id);
  }

  @Override
  @Transactional
  public List<LoggedChange> read(long afterId, Instant windowStart, int limit) {
    return em.createQuery(
            "select c from LoggedChange c where c.id > :after or c.changedAt >= :since"
                + " order by c.id",
            LoggedChange.class)
        .setParameter("after", afterId)
        .setParameter("since", windowStart)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  @Transactional
  public List<LoggedChange> newest() {
    return em.createQuery("select c from LoggedChange c order by c.id desc", LoggedChange.class)
        .setMaxResults(1)
        .getResultList();
  }

  @Override
  @Transactional
  public int prune(Instant before) {
    return em.createQuery("delete from LoggedChange c where c.changedAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }
}
