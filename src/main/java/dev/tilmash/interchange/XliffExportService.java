package dev.tilmash.interchange;

import dev.tilmash.article.Article;
import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.Revision;
import dev.tilmash.article.RevisionQuery;
import dev.tilmash.article.WorkflowState;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.memory.TranslationMemory;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * XLIFF export of one language version, or of a batch of them: the source version's live revision
 * (its working one while nothing is live), with sentences already translated filled in.
 */
@ApplicationScoped
@Transactional
public class XliffExportService {
  @Inject ArticleRepository articles;
  @Inject RevisionQuery revisions;
  @Inject LanguageSet languages;
  @Inject XliffSelection selection;
  @Inject XliffSettings settings;
  @Inject Instance<TranslationMemory> memory;
  @Inject Clock clock;

  /** An exported file, its name for downloads, and the version's ETag (null without version). */
  public record Export(byte[] xliff, String fileName, String etag) {}

  public Export export(String articleId, String lang) {
    Language language = languages.require(lang);
    Article article = articles.requireArticle(articleId);
    requireTranslation(article, language);
    LanguageVersion source = sourceVersion(articles, article);
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

  static LanguageVersion sourceVersion(ArticleRepository articles, Article article) {
    return articles.requireVersion(article.id(), article.sourceLanguage());
  }

  /** XLIFF translates into another language than the article's own. */
  static void requireTranslation(Article article, Language language) {
    if (article.sourceLanguage().equals(language.tag())) {
      throw new ProblemException(
          ProblemType.XLIFF_SOURCE_VERSION, Map.of("language", language.tag()));
    }
  }
}
