package dev.tilmash.interchange;

import dev.tilmash.account.Actor;
import dev.tilmash.article.Article;
import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.Revision;
import dev.tilmash.article.RevisionQuery;
import dev.tilmash.article.VersionInput;
import dev.tilmash.article.VersionService;
import dev.tilmash.interchange.XliffFinding.Kind;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.IfMatch;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * XLIFF import of one language version: a file's translation becomes a version input, and the
 * version service's import command saves it through the same path as a PUT of the version —
 * translator scope, workflow state, {@code If-Match}, validation — as one new revision, or nothing.
 */
@ApplicationScoped
@Transactional
public class XliffImportService {
  @Inject ArticleRepository articles;
  @Inject RevisionQuery revisions;
  @Inject LanguageSet languages;
  @Inject VersionService versions;

  /**
   * Imports a file sent to {@code PUT …/versions/{lang}/xliff}.
   *
   * @param ifMatch the version's ETag, required unless {@code ifNoneMatch} is {@code *}, which
   *     creates the translation
   */
  public XliffImportView importFile(
      Actor actor,
      String articleId,
      String lang,
      byte[] xliff,
      IfMatch preconditions,
      ImportOptions options) {
    Language language = languages.require(lang);
    actor.requireWriter(language.tag());
    Article article = articles.requireArticle(articleId);
    XliffExportService.requireTranslation(article, language);
    preconditions.requirePresent();
    XliffImporter importer = new XliffImporter(XliffReader.read(xliff));
    return apply(
        actor, article, language, importer, preconditions, options.force(), options.submit());
  }

  /**
   * Imports one file of a batch. The file names its article and language; the version's ETag it
   * recorded on export stands in for {@code If-Match} (a file made before the translation existed
   * creates it, as {@code If-None-Match: *}).
   */
  public XliffImportView importDocument(
      Actor actor, XliffReader.Result read, boolean force, boolean submit) {
    XliffDocument document = read.document();
    String articleId = document.metadata().get(XliffDocument.ARTICLE_ID);
    if (articleId == null || document.targetLanguage() == null) {
      throw new ProblemException(
          ProblemType.XLIFF_MISMATCH,
          Map.of(
              "count",
              1,
              "problems",
              List.of(XliffFinding.of(Kind.ARTICLE, "articleId and trgLang", null).toMap())));
    }
    Language language = languages.require(document.targetLanguage());
    actor.requireWriter(language.tag());
    Article article = articles.requireArticle(articleId);
    XliffExportService.requireTranslation(article, language);
    String etag = document.metadata().get(XliffDocument.VERSION_ETAG);
    IfMatch preconditions = IfMatch.of(etag, etag == null ? "*" : null);
    return apply(actor, article, language, new XliffImporter(read), preconditions, force, submit);
  }

  private XliffImportView apply(
      Actor actor,
      Article article,
      Language language,
      XliffImporter importer,
      IfMatch ifMatch,
      boolean force,
      boolean submit) {
    LanguageVersion source = XliffExportService.sourceVersion(articles, article);
    Revision current = source.current();
    int fileRevision =
        importer.sourceRevision(article.id(), article.sourceLanguage(), language.tag());
    Revision fileSource =
        fileRevision == current.number()
            ? current
            : revisions
                .number(source, fileRevision)
                .orElseThrow(
                    () ->
                        new ProblemException(
                            ProblemType.XLIFF_MISMATCH,
                            Map.of(
                                "count",
                                1,
                                "problems",
                                List.of(
                                    XliffFinding.of(
                                            Kind.SOURCE_REVISION,
                                            "at most " + source.working().number(),
                                            Integer.toString(fileRevision))
                                        .toMap()))));
    XliffImporter.Plan plan =
        importer.plan(
            fileRevision, fileSource.content(), current.number(), current.content(), force, submit);
    VersionInput input =
        new VersionInput(
            plan.content().title(),
            plan.content().summary(),
            plan.content().body(),
            null,
            plan.basedOnSourceRevision(),
            comment(plan, fileRevision));
    VersionService.Saved saved =
        versions.importTranslation(actor, article.id(), language.tag(), input, ifMatch, submit);
    return XliffImportView.of(
        saved.view(), plan, fileRevision, current.number(), saved.created(), submit);
  }

  private static String comment(XliffImporter.Plan plan, int fileRevision) {
    String comment = "XLIFF import of source revision " + fileRevision;
    if (!plan.forcedUnits().isEmpty()) {
      comment += "; forced over changed source in " + String.join(", ", plan.forcedUnits());
    }
    return comment.length() > 2000 ? comment.substring(0, 1997) + "…" : comment;
  }
}
