package dev.tilmash.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.account.AccessChanged;
import dev.tilmash.article.ArticleChanged;
import dev.tilmash.shared.JpaTestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The change log and one instance's feed of it on a real database: a row commits with its change,
 * each change is passed on once even when ids commit out of order, and start, a gap, a failure or a
 * flood make every cache forget everything.
 */
class ChangeFeedJpaTest {
  @RegisterExtension static final JpaTestDatabase DB = new JpaTestDatabase();

  private static final Duration OVERLAP = Duration.ofSeconds(30);
  private static final Duration RETENTION = Duration.ofMinutes(10);

  private final AtomicLong nanos = new AtomicLong();
  private final AtomicBoolean failing = new AtomicBoolean();
  private ChangeFeed feed;

  @BeforeEach
  void startFeed() {
    feed = feed(100);
    assertTrue(feed.poll().orElseThrow().everything(), "a feed starts by clearing everything");
  }

  private ChangeFeed feed(int maxBatch) {
    return new ChangeFeed(new Transacted(), OVERLAP, RETENTION, maxBatch, nanos::get);
  }

  @Test
  void shouldPassOnEachCommittedChangeOnce() {
    write(new ArticleChanged("a1", true));
    write(new AccessChanged("translator.kk", false, true));

    ChangesArrived arrived = feed.poll().orElseThrow();

    assertEquals(false, arrived.everything());
    assertEquals(
        Set.of(
            new ChangeRef(ChangeKind.ARTICLE_LIVE, "a1"),
            new ChangeRef(ChangeKind.ACCESS, "translator.kk")),
        arrived.changes());
    assertEquals(Optional.empty(), feed.poll(), "rows re-read in the overlap are not passed again");
  }

  @Test
  void shouldNotPassOnWhatThisInstanceWroteItself() {
    ChangeLog here = new ChangeLog();
    ChangeFeed ours = new ChangeFeed(new Transacted(here), OVERLAP, RETENTION, 100, nanos::get);
    assertTrue(ours.poll().orElseThrow().everything());

    DB.run(
        em -> {
          here.em = em;
          here.write(new ArticleChanged("mine", true));
        });
    write(new ArticleChanged("theirs", true));

    assertEquals(
        Set.of(new ChangeRef(ChangeKind.ARTICLE_LIVE, "theirs")),
        ours.poll().orElseThrow().changes(),
        "its own change was forgotten by its event already");
    assertEquals(
        Set.of(
            new ChangeRef(ChangeKind.ARTICLE_LIVE, "mine"),
            new ChangeRef(ChangeKind.ARTICLE_LIVE, "theirs")),
        feed.poll().orElseThrow().changes(),
        "another instance hears of both");
  }

  @Test
  void shouldTellADraftSaveAndARevocationApart() {
    write(new ArticleChanged("a2", false));
    write(new AccessChanged("editor2", true, true));

    ChangesArrived arrived = feed.poll().orElseThrow();

    assertEquals(Set.of("a2"), arrived.keys(ChangeKind.ARTICLE_DRAFT));
    assertEquals(Set.of(), arrived.keys(ChangeKind.ARTICLE_LIVE));
    assertEquals(Set.of("editor2"), arrived.keys(ChangeKind.ACCESS_REVOKED));
    assertTrue(arrived.anyArticle());
  }

  @Test
  void shouldWriteNothingForAChangeThatRolledBack() {
    EntityManager em = DB.entityManager();
    EntityTransaction tx = em.getTransaction();
    tx.begin();
    log(em).write(new ArticleChanged("rolled-back", true));
    em.flush();
    tx.rollback();
    em.close();

    assertEquals(Optional.empty(), feed.poll());
  }

  @Test
  void shouldPassOnASmallerIdThatCommitsAfterALargerOne() {
    EntityManager slow = DB.entityManager();
    slow.getTransaction().begin();
    log(slow).write(new ArticleChanged("slow", true));
    slow.flush();
    write(new ArticleChanged("fast", true));

    assertEquals(Set.of("fast"), feed.poll().orElseThrow().keys(ChangeKind.ARTICLE_LIVE));

    slow.getTransaction().commit();
    slow.close();
    assertEquals(Set.of("slow"), feed.poll().orElseThrow().keys(ChangeKind.ARTICLE_LIVE));
    assertEquals(Optional.empty(), feed.poll());
  }

  @Test
  void shouldClearEverythingAfterAGapItCannotAccountFor() {
    write(new ArticleChanged("before-the-gap", true));
    nanos.addAndGet(RETENTION.toNanos() / 2 + 1);

    assertTrue(feed.poll().orElseThrow().everything());

    write(new ArticleChanged("after-the-gap", true));
    assertEquals(Set.of("after-the-gap"), feed.poll().orElseThrow().keys(ChangeKind.ARTICLE_LIVE));
  }

  @Test
  void shouldClearEverythingWhenAPollFailsAndAgainWhenItRecovers() {
    failing.set(true);
    assertTrue(feed.poll().orElseThrow().everything());

    write(new ArticleChanged("during-the-failure", true));
    failing.set(false);
    assertTrue(feed.poll().orElseThrow().everything(), "what happened meanwhile is unknown");
    assertEquals(Optional.empty(), feed.poll());
  }

  @Test
  void shouldClearEverythingWhenMoreChangesWaitThanABatch() {
    feed = feed(2);
    feed.poll();
    for (int i = 0; i < 3; i++) {
      write(new ArticleChanged("flood-" + i, true));
    }

    assertTrue(feed.poll().orElseThrow().everything());
    assertEquals(Optional.empty(), feed.poll(), "it starts again after the flood");
  }

  @Test
  void shouldPruneRowsOlderThanTheRetention() {
    DB.run(
        em ->
            em.createNativeQuery(
                    "insert into change_log (kind, change_key, changed_at) values (?, ?, ?)")
                .setParameter(1, "ARTICLE_LIVE")
                .setParameter(2, "old")
                .setParameter(3, Instant.now().minus(Duration.ofHours(1)))
                .executeUpdate());
    write(new ArticleChanged("recent", true));

    for (int i = 0; i < ChangeFeed.PRUNE_EVERY; i++) {
      feed.poll();
    }

    List<String> kept =
        DB.call(
            em -> em.createQuery("select c.key from LoggedChange c", String.class).getResultList());
    assertEquals(List.of("recent"), kept);
  }

  private static ChangeLog log(EntityManager em) {
    ChangeLog log = new ChangeLog();
    log.em = em;
    return log;
  }

  private static void write(ChangeNotice notice) {
    DB.run(em -> log(em).write(notice));
  }

  /** The log as the container runs it: each call in a transaction of its own. */
  private final class Transacted implements ChangeFeed.Source {
    /** The instance whose own rows this source knows, or null for one that wrote none. */
    private final ChangeLog writer;

    Transacted() {
      this(null);
    }

    Transacted(ChangeLog writer) {
      this.writer = writer;
    }

    @Override
    public boolean writtenHere(long id) {
      return writer != null && writer.writtenHere(id);
    }

    @Override
    public List<LoggedChange> read(long afterId, Instant windowStart, int limit) {
      fail();
      return DB.call(em -> log(em).read(afterId, windowStart, limit));
    }

    @Override
    public List<LoggedChange> newest() {
      fail();
      return DB.call(em -> log(em).newest());
    }

    @Override
    public int prune(Instant before) {
      return DB.call(em -> log(em).prune(before));
    }

    private void fail() {
      if (failing.get()) {
        throw new IllegalStateException("the database is unreachable");
      }
    }
  }
}
