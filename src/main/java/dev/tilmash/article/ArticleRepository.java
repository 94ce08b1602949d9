package dev.tilmash.article;

import dev.tilmash.audit.AuditKind;
import dev.tilmash.audit.AuditLog;
import dev.tilmash.audit.AuditSubject;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads and stores articles, language versions and what the domain records about them. */
@ApplicationScoped
public class ArticleRepository {
  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Event<VersionStepped> stepped;
  @Inject Event<ArticleChanged> changed;

  public Optional<Article> article(String id) {
    return Optional.ofNullable(em.find(Article.class, id));
  }

  /** The article, locked so that language versions are created one at a time. */
  public Optional<Article> lockArticle(String id) {
    return Optional.ofNullable(em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The article, or a 404 {@code article-not-found}. */
  public Article requireArticle(String id) {
    return article(id).orElseThrow(() -> articleNotFound(id));
  }

  /** The article locked as by {@link #lockArticle}, or a 404 {@code article-not-found}. */
  public Article requireLockedArticle(String id) {
    return lockArticle(id).orElseThrow(() -> articleNotFound(id));
  }

  /** The version, or a 404: {@code article-not-found} or {@code version-not-found}. */
  public LanguageVersion requireVersion(String articleId, String language) {
    return version(articleId, language).orElseThrow(() -> missing(articleId, language));
  }

  /** The version locked as by {@link #lockVersion}, or the 404 of {@link #requireVersion}. */
  public LanguageVersion requireLockedVersion(String articleId, String language) {
    return lockVersion(articleId, language).orElseThrow(() -> missing(articleId, language));
  }

  private ProblemException missing(String articleId, String language) {
    if (article(articleId).isEmpty()) {
      return articleNotFound(articleId);
    }
    return new ProblemException(
        ProblemType.VERSION_NOT_FOUND, Map.of("id", articleId, "language", language));
  }

  private static ProblemException articleNotFound(String id) {
    return new ProblemException(ProblemType.ARTICLE_NOT_FOUND, Map.of("id", id));
  }

  public Optional<LanguageVersion> version(String articleId, String language) {
    return em.createQuery(
            "select v from LanguageVersion v join fetch v.working left join fetch v.live"
                + " where v.article.id = :article and v.language = :language",
            LanguageVersion.class)
        .setParameter("article", articleId)
        .setParameter("language", language)
        .getResultStream()
        .findFirst();
  }

  /**
   * The version, locked for writing: concurrent writers queue here, so the second one sees the
   * first one's change and fails its If-Match check instead of overwriting it.
   */
  public Optional<LanguageVersion> lockVersion(String articleId, String language) {
    return em.createQuery(
            "select v from LanguageVersion v where v.article.id = :article and v.language = :language",
            LanguageVersion.class)
        .setParameter("article", articleId)
        .setParameter("language", language)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /**
   * The newest major revision of the version that {@code version} follows (see {@link
   * LanguageVersion#basisMajorRevision}); null for a source version, which follows none.
   */
  public Integer basisMajorRevision(LanguageVersion version) {
    if (version.isSource()) {
      return null;
    }
    return version(version.article().id(), version.basisLanguage())
        .map(version::basisMajorRevision)
        .orElse(null);
  }

  /** Every version of the given articles, with their working and live revisions. */
  public List<LanguageVersion> versionsOf(List<String> articleIds) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select v from LanguageVersion v join fetch v.article join fetch v.working"
                + " left join fetch v.live where v.article.id in :ids order by v.language",
            LanguageVersion.class)
        .setParameter("ids", articleIds)
        .getResultList();
  }

  /**
   * What the editorial list shows of every version of the given articles, in language order: the
   * version's columns and its working title, without loading any revision's words. The newest major
   * revision is read only for the versions that a derived version follows.
   */
  public List<SummarizedVersion> summariesOf(List<String> articleIds) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    List<SummarizedVersion> versions =
        em.createQuery(
                "select new dev.tilmash.article.SummarizedVersion(v.id, v.article.id, v.language,"
                    + " v.state, w.number, w.title, l.number, v.basedOnSourceRevision,"
                    + " v.majorPublishedRevision, v.derivedFromLanguage, v.derivedFromRevision,"
                    + " v.slug, v.assignee, v.updatedAt, v.publishedAt, v.scheduledPublishAt,"
                    + " v.scheduledUnpublishAt)"
                    + " from LanguageVersion v join v.working w left join v.live l"
                    + " where v.article.id in :ids order by v.language",
                SummarizedVersion.class)
            .setParameter("ids", articleIds)
            .getResultList();
    Set<String> followed =
        versions.stream()
            .filter(SummarizedVersion::isDerived)
            .map(v -> v.articleId() + '/' + v.derivedFromLanguage())
            .collect(Collectors.toSet());
    if (followed.isEmpty()) {
      return versions;
    }
    List<Long> siblings =
        versions.stream()
            .filter(v -> followed.contains(v.articleId() + '/' + v.language()))
            .map(SummarizedVersion::id)
            .toList();
    Map<Long, Integer> newest = newestMajorRevisions(siblings);
    return versions.stream()
        .map(v -> newest.containsKey(v.id()) ? v.withNewestMajorRevision(newest.get(v.id())) : v)
        .toList();
  }

  /** {@code LanguageVersion.newestMajorRevision} of these versions, for those that have one. */
  private Map<Long, Integer> newestMajorRevisions(List<Long> versionIds) {
    if (versionIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select r.version.id, max(r.number) from Revision r where r.version.id in :ids"
                + " and r.publishedAt is not null and r.minor = false group by r.version.id",
            Object[].class)
        .setParameter("ids", versionIds)
        .getResultStream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Integer) row[1]));
  }

  public boolean slugTaken(String language, String slug) {
    Long versions =
        em.createQuery(
                "select count(v) from LanguageVersion v where v.language = :l and v.slug = :s",
                Long.class)
            .setParameter("l", language)
            .setParameter("s", slug)
            .getSingleResult();
    Long aliases =
        em.createQuery(
                "select count(a) from SlugAlias a where a.language = :l and a.slug = :s",
                Long.class)
            .setParameter("l", language)
            .setParameter("s", slug)
            .getSingleResult();
    return versions + aliases > 0;
  }

  public List<WorkflowTransition> transitions(LanguageVersion version) {
    return em.createQuery(
            "select t from WorkflowTransition t where t.version = :v order by t.at, t.id",
            WorkflowTransition.class)
        .setParameter("v", version)
        .getResultList();
  }

  public List<Revision> revisions(LanguageVersion version) {
    return em.createQuery(
            "select r from Revision r where r.version = :v order by r.number", Revision.class)
        .setParameter("v", version)
        .getResultList();
  }

  public void add(Article article) {
    em.persist(article);
  }

  public void add(LanguageVersion version) {
    em.persist(version);
  }

  /** Stores what a domain step produced, and writes it out now so conflicts surface here. */
  public void store(Change change) {
    LanguageVersion version = null;
    if (change.revision() != null) {
      em.persist(change.revision());
      version = change.revision().version();
    }
    if (change.transition() != null) {
      WorkflowTransition t = change.transition();
      em.persist(t);
      version = t.version();
      String detail = t.comment() == null ? t.action().id() : t.action().id() + ": " + t.comment();
      audit.record(
          t.actor(),
          AuditKind.TRANSITION,
          AuditSubject.version(t.version().article().id(), t.version().language(), t.revision())
              .states(t.from().name(), t.to().name()),
          detail);
    }
    if (change.retiredSlug() != null) {
      em.persist(change.retiredSlug());
      version = change.retiredSlug().version();
    }
    em.flush();
    if (version != null && changed != null) { // the events are null only outside the container
      if (change.transition() != null) {
        stepped.fire(new VersionStepped(version, change.transition()));
      }
      changed.fire(
          new ArticleChanged(
              version.article().id(), change.transition() != null || change.retiredSlug() != null));
    }
  }
}
