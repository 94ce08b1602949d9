package dev.tilmash.importing;

import com.ibm.icu.util.ULocale;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.language.WordCounter;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.text.MarkdownBody;
import dev.tilmash.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one uploaded file into an article, without touching the database: decode, read the format,
 * take out metadata and debris, find the title, settle the language, count the words. A file that
 * cannot be an article comes back rejected with what was found so far, never as an exception.
 */
public final class ArticleImporter {
  /** Longest title a version may have. */
  static final int MAX_TITLE = 500;

  /** A guess this sure that contradicts the given language earns a warning. */
  static final double SURE = 0.9;

  private final DebrisRules rules;
  private final LanguageSet languages;
  private final double minConfidence;

  public ArticleImporter(DebrisRules rules, LanguageSet languages, double minConfidence) {
    this.rules = rules;
    this.languages = languages;
    this.minConfidence = minConfidence;
  }

  /** Reads {@code file}; {@code given} is the language the editor named, or {@code null}. */
  public ImportedArticle read(UploadedFile file, Language given) {
    ImportFormat format = null;
    CleanArticle clean = null;
    LanguageGuess guess = null;
    List<ImportWarning> warnings = new ArrayList<>();
    try {
      format = ImportFormat.of(file.name()).orElseThrow(() -> unsupported(file.name()));
      TextDecoder.Decoded decoded = TextDecoder.decode(file.content(), format);
      decoded
          .charset()
          .ifPresent(name -> warnings.add(ImportWarning.of("charset", "charset", name)));
      clean =
          ArticleCleaner.clean(
              format.read(decoded.text(), rules), rules, given == null ? null : given.locale());
      warnings.addAll(clean.warnings());
      String title = requireTitle(clean.title());
      String plain = PlainText.of(MarkdownBody.toSafeHtml(clean.body()));
      guess = LanguageGuesser.guess(title + "\n" + plain);
      Language language = settle(given, guess, warnings);
      return new ImportedArticle(
          file.name(),
          format,
          title,
          clean.summary(),
          clean.body(),
          clean.author(),
          clean.source(),
          language,
          given != null,
          guess,
          WordCounter.countWords(plain, language.locale()),
          clean.dropped(),
          warnings,
          null);
    } catch (ProblemException rejected) {
      return new ImportedArticle(
          file.name(),
          format,
          clean == null ? null : clean.title(),
          null,
          null,
          clean == null ? null : clean.author(),
          clean == null ? null : clean.source(),
          null,
          given != null,
          guess,
          null,
          clean == null ? List.of() : clean.dropped(),
          warnings,
          rejected);
    }
  }

  private static ProblemException unsupported(String name) {
    int dot = name.lastIndexOf('.');
    return Rejection.of("type", "extension", dot < 0 ? "" : name.substring(dot + 1));
  }

  private static String requireTitle(String title) {
    if (title == null || title.isBlank()) {
      throw Rejection.of("untitled");
    }
    if (title.length() > MAX_TITLE) {
      throw Rejection.of("overlong", "length", title.length(), "max", MAX_TITLE);
    }
    return title;
  }

  /** The given language, or the configured language of the guess if it is sure enough. */
  private Language settle(Language given, LanguageGuess guess, List<ImportWarning> warnings) {
    Optional<Language> guessed = configured(guess);
    if (given != null) {
      if (guess.confidence() >= SURE && !guessed.equals(Optional.of(given))) {
        warnings.add(
            ImportWarning.of("language-differs", "language", given.tag(), "guessed", guess.tag()));
      }
      return given;
    }
    Language language =
        guessed.orElseThrow(
            () ->
                Rejection.of(
                    "language", "guessed", guess.tag(), "supportedLanguages", languages.tags()));
    if (guess.confidence() < minConfidence) {
      throw Rejection.of(
          "uncertain", "guessed", guess.tag(), "confidence", rounded(guess.confidence()));
    }
    return language;
  }

  /**
   * The configured language of the same language and script as the guess. Only the same script will
   * do: a text in Uzbek Cyrillic is not an Uzbek Latin version.
   */
  private Optional<Language> configured(LanguageGuess guess) {
    if (guess.equals(LanguageGuess.NONE)) {
      return Optional.empty();
    }
    ULocale wanted = ULocale.addLikelySubtags(ULocale.forLanguageTag(guess.tag()));
    return languages.all().stream()
        .filter(
            language -> {
              ULocale configured = ULocale.addLikelySubtags(language.locale());
              return configured.getLanguage().equals(wanted.getLanguage())
                  && configured.getScript().equals(wanted.getScript());
            })
        .findFirst();
  }

  static double rounded(double confidence) {
    return Math.round(confidence * 100) / 100.0;
  }
}
