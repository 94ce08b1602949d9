package dev.tilmash.importing;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.article.ArticleService;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports existing articles: all files are read first (a limit passed half-way leaves nothing
 * behind), then each becomes a DRAFT article through {@link ArticleService#create} in a transaction
 * of its own, so a file that fails, for whatever reason, creates nothing and stops no other file.
 * Deliberately not transactional itself.
 */
@ApplicationScoped
public class ImportService {
  private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

  @Inject ArticleService articles;
  @Inject ArticleImporter importer;
  @Inject LanguageSet languages;
  @Inject ImportSettings settings;

  /**
   * The files of a multipart form, its whole {@code body} sent with {@code contentType}; its {@code
   * language} and {@code tags} fields win.
   */
  public ImportReport importForm(
      Actor actor, String contentType, byte[] body, String language, List<String> tags) {
    actor.require(Role.EDITOR);
    FormUpload.Upload form = FormUpload.read(contentType, body, settings.limits());
    ImportOptions options =
        ImportOptions.parse(
            languages,
            form.language() != null ? form.language() : language,
            form.tags() != null ? form.tags() : tags);
    return importFiles(actor, form.files(), options);
  }

  /** The files of a zip archive. */
  public ImportReport importZip(Actor actor, InputStream zip, String language, List<String> tags) {
    actor.require(Role.EDITOR);
    ImportOptions options = ImportOptions.parse(languages, language, tags);
    return importFiles(actor, ZipUpload.read(zip, settings.limits()), options);
  }

  private ImportReport importFiles(Actor actor, List<UploadedFile> files, ImportOptions options) {
    if (files.isEmpty()) {
      throw new ProblemException(ProblemType.NOTHING_TO_IMPORT);
    }
    return new ImportReport(files.stream().map(file -> importOne(actor, file, options)).toList());
  }

  private FileReport importOne(Actor actor, UploadedFile file, ImportOptions options) {
    ImportedArticle article = importer.read(file, options.language());
    if (!article.accepted()) {
      return new FileReport(article, null);
    }
    try {
      String id = articles.create(actor, article.toNewArticle(options.tags())).id();
      return new FileReport(article, id);
    } catch (ProblemException refused) {
      return new FileReport(article.rejectedFor(refused), null);
    } catch (RuntimeException failure) {
      LOG.log(Level.SEVERE, "Import of a file failed", failure);
      return new FileReport(article.rejectedFor(new ProblemException(ProblemType.INTERNAL)), null);
    }
  }
}
