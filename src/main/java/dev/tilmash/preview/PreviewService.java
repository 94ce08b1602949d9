package dev.tilmash.preview;

import dev.tilmash.account.Actor;
import dev.tilmash.article.Article;
import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.Revision;
import dev.tilmash.article.RevisionQuery;
import dev.tilmash.delivery.DeliveredArticle;
import dev.tilmash.delivery.DeliveryRenderer;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Unpublished versions in the delivery shape, for editors, translators of the language and {@code
 * content:preview} tokens (the access rule is {@link Actor#requireWriter}), or for whoever holds a
 * signed link ({@link PreviewLinks}). Rendered by delivery's own {@link DeliveryRenderer#shape},
 * never through the delivery cache.
 */
@ApplicationScoped
@Transactional
public class PreviewService {
  @PersistenceContext EntityManager em;
  @Inject ArticleRepository articles;
  @Inject RevisionQuery revisions;
  @Inject LanguageSet languages;
  @Inject DeliveryRenderer renderer;
  private final Jsonb json = JsonbBuilder.create();

  public PreviewAnswer preview(Actor actor, String key, String lang, String revision, URI base) {
    Article article = locate(key);
    Language language =
        lang == null || lang.isBlank()
            ? languages.require(article.sourceLanguage())
            : languages.require(lang);
    actor.requireWriter(language.tag());
    return render(article.id(), language.tag(), number(revision), base);
  }

  /** The version {@code revision} of the article's {@code language} (working revision: null). */
  public PreviewAnswer render(String articleId, String language, Integer revision, URI base) {
    LanguageVersion version = articles.requireVersion(articleId, language);
    DeliveredArticle shape =
        renderer.shape(version.article(), version, revision(version, revision), base);
    JsonObject delivered = Json.createReader(new StringReader(json.toJson(shape))).readObject();
    String body = Json.createObjectBuilder(delivered).add("preview", true).build().toString();
    return new PreviewAnswer(body.getBytes(StandardCharsets.UTF_8), version.language());
  }

  /** The revision, or the 404 {@code revision-not-found}; null names the working revision. */
  public Revision revision(LanguageVersion version, Integer number) {
    return number == null ? version.working() : revisions.require(version, number);
  }

  private Article locate(String key) {
    return articles
        .article(key)
        .or(
            () ->
                em.createQuery(
                        "select v.article from LanguageVersion v where v.slug = :slug"
                            + " order by v.language",
                        Article.class)
                    .setParameter("slug", key)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst())
        .orElseThrow(() -> new ProblemException(ProblemType.ARTICLE_NOT_FOUND, Map.of("id", key)));
  }

  private static Integer number(String revision) {
    if (revision == null || revision.isBlank()) {
      return null;
    }
    if (!revision.strip().matches("[1-9][0-9]{0,8}")) {
      throw new ProblemException(ProblemType.INVALID_FIELD, Map.of("fields", List.of("revision")));
    }
    return Integer.valueOf(revision.strip());
  }
}
