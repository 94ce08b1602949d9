package dev.tilmash.importing;

import com.ibm.icu.util.ULocale;
import dev.tilmash.shared.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;

/**
 * The import report as JSON: {@code created}, {@code failed}, and per file its name, {@code ok},
 * the {@code articleId}, what was found (title, language and guess, words, author, source), the
 * {@code dropped} lines with their rules, {@code warnings} (stable {@code code}, localized {@code
 * message}, arguments) and, for a failed file, its RFC 9457 {@code problem}, localized like every
 * problem.
 */
@ApplicationScoped
public class ImportReportJson {
  @Inject ProblemResponses problems;

  public JsonObject render(ImportReport report, String acceptLanguage) {
    ULocale locale = problems.messages().localeFor(acceptLanguage);
    JsonArrayBuilder files = Json.createArrayBuilder();
    report.files().forEach(file -> files.add(file(file, locale)));
    return Json.createObjectBuilder()
        .add("created", report.created())
        .add("failed", report.failed())
        .add("files", files)
        .build();
  }

  private JsonObject file(FileReport report, ULocale locale) {
    ImportedArticle article = report.article();
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("file", article.fileName()).add("ok", report.ok());
    add(json, "articleId", report.articleId());
    add(json, "format", article.format() == null ? null : article.format().id());
    add(json, "title", article.title());
    add(json, "language", article.language() == null ? null : article.language().tag());
    json.add("languageGiven", article.languageGiven());
    if (article.guess() != null) {
      json.add("guessedLanguage", article.guess().tag())
          .add("confidence", ArticleImporter.rounded(article.guess().confidence()));
    }
    if (article.words() != null) {
      json.add("words", article.words());
    }
    add(json, "author", article.author());
    add(json, "source", article.source());
    JsonArrayBuilder lines = Json.createArrayBuilder();
    article
        .dropped()
        .forEach(
            line ->
                lines.add(
                    Json.createObjectBuilder().add("text", line.text()).add("rule", line.rule())));
    json.add(
        "dropped",
        Json.createObjectBuilder().add("count", article.dropped().size()).add("lines", lines));
    JsonArrayBuilder warnings = Json.createArrayBuilder();
    article.warnings().forEach(warning -> warnings.add(warning(warning, locale)));
    json.add("warnings", warnings);
    if (article.rejection() != null) {
      json.add("problem", problems.body(article.rejection(), locale, null));
    }
    return json.build();
  }

  private JsonObject warning(ImportWarning warning, ULocale locale) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("code", warning.code())
            .add(
                "message",
                problems
                    .messages()
                    .format("import.warning." + warning.code(), locale, warning.arguments()));
    warning
        .arguments()
        .forEach(
            (name, value) -> {
              if (value instanceof Number number) {
                json.add(name, number.longValue());
              } else if (value instanceof Collection<?> items) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                items.forEach(item -> array.add(String.valueOf(item)));
                json.add(name, array);
              } else {
                json.add(name, String.valueOf(value));
              }
            });
    return json.build();
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
