package dev.tilmash.delivery;

import dev.tilmash.article.Article;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.SlugAlias;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Read-only queries over what is live: only versions with a live revision are ever returned. */
@ApplicationScoped
public class PublishedContent {
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @PersistenceContext EntityManager em;

  public boolean looksLikeId(String key) {
    return UUID.matcher(key).matches();
  }

  public Optional<Article> article(String id) {
    return Optional.ofNullable(em.find(Article.class, id));
  }

  /**
   * Versions that carry this slug, in any language, of articles that have something live; live
   * versions first. A never-published article's slug finds nothing, so it cannot shadow another
   * article's old slug.
   */
  public List<LanguageVersion> bySlug(String slug) {
    return em.createQuery(
            "select v from LanguageVersion v join fetch v.article where v.slug = :slug"
                + " and exists (select l from LanguageVersion l where l.article = v.article"
                + " and l.live is not null)"
                + " order by case when v.live is null then 1 else 0 end, v.language",
            LanguageVersion.class)
        .setParameter("slug", slug)
        .getResultList();
  }

  /** The live version that once had this slug, if any. */
  public List<LanguageVersion> byOldSlug(String slug) {
    return em.createQuery(
            "select a from SlugAlias a join fetch a.version v join fetch v.article"
                + " where a.slug = :slug and v.live is not null order by a.language",
            SlugAlias.class)
        .setParameter("slug", slug)
        .getResultStream()
        .map(SlugAlias::version)
        .toList();
  }

  /** The live versions of one article, with their live revisions. */
  public List<LanguageVersion> liveVersions(String articleId) {
    return em.createQuery(
            "select v from LanguageVersion v join fetch v.live join fetch v.article"
                + " where v.article.id = :id order by v.language",
            LanguageVersion.class)
        .setParameter("id", articleId)
        .getResultList();
  }

  /**
   * One page of live versions in a language, newest first. The page is cut from the ids first, by
   * walking the {@code ix_version_live_order} index (which is why the constant language leads the
   * order), and only its versions are then loaded with their live revisions: sorting whole rows
   * with their bodies would cost time and memory in proportion to everything published.
   */
  public List<LanguageVersion> liveIn(String language, int offset, int limit) {
    return liveIn(language, TermFilter.NONE, offset, limit);
  }

  /** {@link #liveIn(String, int, int)} of the articles that pass {@code filter}. */
  List<LanguageVersion> liveIn(String language, TermFilter filter, int offset, int limit) {
    List<Long> ids =
        filter
            .bind(
                em.createQuery(
                    "select v.id from LanguageVersion v where v.language = :language"
                        + " and v.live is not null"
                        + filter.conditions("v.article")
                        + " order by v.language, v.publishedAt desc, v.id",
                    Long.class))
            .setParameter("language", language)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, LanguageVersion> byId =
        em.createQuery(
                "select v from LanguageVersion v join fetch v.live join fetch v.article"
                    + " where v.id in :ids",
                LanguageVersion.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(LanguageVersion::id, Function.identity()));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  public long countLiveIn(String language) {
    return countLiveIn(language, TermFilter.NONE);
  }

  long countLiveIn(String language, TermFilter filter) {
    return filter
        .bind(
            em.createQuery(
                "select count(v) from LanguageVersion v where v.language = :language"
                    + " and v.live is not null"
                    + filter.conditions("v.article"),
                Long.class))
        .setParameter("language", language)
        .getSingleResult();
  }

  /**
   * One page of articles live in any of the languages, ordered by their newest publication in those
   * languages.
   */
  public List<String> articlesLiveInAny(List<String> languages, int offset, int limit) {
    return articlesLiveInAny(languages, TermFilter.NONE, offset, limit);
  }

  List<String> articlesLiveInAny(List<String> languages, TermFilter filter, int offset, int limit) {
    return filter
        .bind(
            em.createQuery(
                "select v.article.id from LanguageVersion v"
                    + " where v.live is not null and v.language in :languages"
                    + filter.conditions("v.article")
                    + " group by v.article.id order by max(v.publishedAt) desc, v.article.id",
                String.class))
        .setParameter("languages", languages)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countArticlesLiveInAny(List<String> languages) {
    return countArticlesLiveInAny(languages, TermFilter.NONE);
  }

  long countArticlesLiveInAny(List<String> languages, TermFilter filter) {
    return filter
        .bind(
            em.createQuery(
                "select count(a) from Article a where exists (select v from LanguageVersion v"
                    + " where v.article = a and v.live is not null and v.language in :languages)"
                    + filter.conditions("a"),
                Long.class))
        .setParameter("languages", languages)
        .getSingleResult();
  }

  public List<LanguageVersion> liveVersionsOf(List<String> articleIds, List<String> languages) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select v from LanguageVersion v join fetch v.live join fetch v.article"
                + " where v.article.id in :ids and v.language in :languages",
            LanguageVersion.class)
        .setParameter("ids", articleIds)
        .setParameter("languages", languages)
        .getResultList();
  }
}
