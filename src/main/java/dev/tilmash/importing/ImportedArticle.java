package dev.tilmash.importing;

import dev.tilmash.article.NewArticle;
import dev.tilmash.language.Language;
import dev.tilmash.shared.ProblemException;
import java.util.List;

/**
 * One uploaded file read as an article: what was found in it and, when it cannot become an article,
 * why not. Everything but the file name may be missing when the file was rejected early (a binary
 * file has no title).
 *
 * @param language the language the article will be created in: the given one or the guess
 * @param guess what the text looks like, given language or not
 * @param words the body's words, counted for the language
 * @param rejection why the file cannot be imported, or {@code null}
 */
public record ImportedArticle(
    String fileName,
    ImportFormat format,
    String title,
    String summary,
    String body,
    String author,
    String source,
    Language language,
    boolean languageGiven,
    LanguageGuess guess,
    Integer words,
    List<DroppedLine> dropped,
    List<ImportWarning> warnings,
    ProblemException rejection) {

  public ImportedArticle {
    dropped = List.copyOf(dropped);
    warnings = List.copyOf(warnings);
  }

  public boolean accepted() {
    return rejection == null;
  }

  /** The article to create: a DRAFT source version with the file's words and metadata. */
  public NewArticle toNewArticle(List<String> tags) {
    return new NewArticle(language.tag(), title, summary, body, tags, author, source, null);
  }

  /** The same file, rejected for {@code problem} after it was read. */
  public ImportedArticle rejectedFor(ProblemException problem) {
    return new ImportedArticle(
        fileName,
        format,
        title,
        summary,
        body,
        author,
        source,
        language,
        languageGiven,
        guess,
        words,
        dropped,
        warnings,
        problem);
  }
}
