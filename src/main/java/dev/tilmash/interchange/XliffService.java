package dev.tilmash.interchange;

import dev.tilmash.account.Actor;
import dev.tilmash.article.Article;
import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.Revision;
import dev.tilmash.article.RevisionQuery;
import dev.tilmash.article.TransitionInput;
import dev.tilmash.article.VersionInput;
import dev.tilmash.article.VersionService;
import dev.tilmash.article.VersionView;
import dev.tilmash.article.WorkflowState;
import dev.tilmash.interchange.XliffFinding.Kind;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.memory.TranslationMemory;
import dev.tilmash.shared.IfMatch;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * XLIFF export and import of one language version. The export translates the source version's live
 * revision (its working one while nothing is live). An import goes through the same path as a PUT
 * of the version — translator scope, workflow state, {@code If-Match} — and becomes one new
 * revision, or nothing at all.
 */
@ApplicationScoped
@Transactional
public class XliffService {
  @Inject ArticleRepository articles;
  @Inject RevisionQuery revisions;
  @Inject LanguageSet languages;
  @Inject VersionService versions;
  @Inject XliffSelection selection;
  @Inject XliffSettings settings;
  @Inject Instance<TranslationMemory> memory;
  @Inject Validator validator;
  @Inject Clock clock;

  /** An exported file, its name for downloads, and the version's ETag (null without version). */
  public record Export(byte[] xliff, String fileName, String etag) {}

  public Export export(String articleId, String lang) {
    Language language = languages.require(lang);
    Article article = article(articleId);
    requireTranslation(article, language);
    LanguageVersion source = sourceVersion(article);
    Revision text = source.current();
    LanguageVersion target = articles.version(articleId, language.tag()).orElse(null);
    XliffExporter exporter =
        new XliffExporter(
            memory.isResolvable() ? memory.get() : null,
            settings.fuzzyMinimum(),
            settings.fuzzyLimit());
    XliffDocument document =
        exporter.export(
            new XliffExporter.Source(
                articleId, article.sourceLanguage(), text.number(), text.content()),
            language.tag(),
            target == null ? null : target(source, target),
            clock.instant());
    String name = source.slug() + "." + article.sourceLanguage() + "-" + language.tag() + ".xlf";
    return new Export(XliffWriter.write(document), name, target == null ? null : target.etag());
  }

  /** The files of a batch, at most {@code tilmash.xliff.max-files} of them. */
  public List<Export> exportBatch(XliffSelection.Filter filter) {
    Language language = languages.require(filter.language());
    XliffSelection.Filter canonical =
        new XliffSelection.Filter(
            language.tag(), filter.state(), filter.outdated(), filter.q(), filter.missing());
    long count = selection.count(canonical);
    if (count > settings.maxFiles()) {
      throw new ProblemException(
          ProblemType.XLIFF_BATCH_TOO_LARGE, Map.of("count", count, "limit", settings.maxFiles()));
    }
    List<Export> files = new ArrayList<>();
    for (String id : selection.articleIds(canonical)) {
      files.add(export(id, language.tag()));
    }
    return files;
  }

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
      String ifMatch,
      String ifNoneMatch,
      boolean force,
      boolean submit) {
    Language language = languages.require(lang);
    actor.requireWriter(language.tag());
    Article article = article(articleId);
    requireTranslation(article, language);
    IfMatch preconditions = IfMatch.of(ifMatch, ifNoneMatch);
    preconditions.requirePresent();
    XliffImporter importer = new XliffImporter(XliffReader.read(xliff));
    return apply(actor, article, language, importer, preconditions, force, submit);
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
    Article article = article(articleId);
    requireTranslation(article, language);
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
    LanguageVersion source = sourceVersion(article);
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
    Set<ConstraintViolation<VersionInput>> invalid = validator.validate(input);
    if (!invalid.isEmpty()) {
      throw new ConstraintViolationException(invalid);
    }
    VersionService.Saved saved = versions.save(actor, article.id(), language.tag(), input, ifMatch);
    VersionView view = saved.view();
    if (submit) {
      view =
          versions.transition(
              actor,
              article.id(),
              language.tag(),
              new TransitionInput("submit", null, null, null, null),
              IfMatch.of(null));
    }
    return XliffImportView.of(view, plan, fileRevision, current.number(), saved.created(), submit);
  }

  private static String comment(XliffImporter.Plan plan, int fileRevision) {
    String comment = "XLIFF import of source revision " + fileRevision;
    if (!plan.forcedUnits().isEmpty()) {
      comment += "; forced over changed source in " + String.join(", ", plan.forcedUnits());
    }
    return comment.length() > 2000 ? comment.substring(0, 1997) + "…" : comment;
  }

  private XliffExporter.Target target(LanguageVersion source, LanguageVersion target) {
    Integer basis = target.basedOnSourceRevision();
    Revision basisRevision = basis == null ? null : revisions.number(source, basis).orElse(null);
    return new XliffExporter.Target(
        target.working().number(),
        target.etag(),
        state(target.state()),
        target.working().content(),
        basisRevision == null ? null : basisRevision.content());
  }

  /** The XLIFF state of sentences taken from the translation, by where it is in the workflow. */
  static String state(WorkflowState state) {
    return switch (state) {
      case PUBLISHED -> "final";
      case APPROVED -> "reviewed";
      default -> "translated";
    };
  }

  private Article article(String id) {
    return articles.requireArticle(id);
  }

  private LanguageVersion sourceVersion(Article article) {
    return articles.requireVersion(article.id(), article.sourceLanguage());
  }

  private static void requireTranslation(Article article, Language language) {
    if (article.sourceLanguage().equals(language.tag())) {
      throw new ProblemException(
          ProblemType.XLIFF_SOURCE_VERSION, Map.of("language", language.tag()));
    }
  }
}
