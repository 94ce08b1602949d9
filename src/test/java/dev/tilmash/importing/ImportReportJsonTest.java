package dev.tilmash.importing;

import static dev.tilmash.importing.ImportFixtures.file;
import static dev.tilmash.importing.ImportFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.ProblemResponses;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportJsonTest {
  private final ArticleImporter importer = ImportFixtures.importer();
  private final ImportReportJson json = new ImportReportJson();

  {
    json.problems = new ProblemResponses();
  }

  @Test
  void shouldReportCountsAndEveryFileInOrder() {
    ImportReport report =
        new ImportReport(
            List.of(
                new FileReport(importer.read(file("export.ru.txt"), null), "a1"),
                new FileReport(importer.read(utf8("scan.txt", "\u0000\u0001"), null), null)));
    JsonObject rendered = json.render(report, "en");
    assertEquals(1, rendered.getInt("created"));
    assertEquals(1, rendered.getInt("failed"));
    assertEquals(
        "export.ru.txt", rendered.getJsonArray("files").getJsonObject(0).getString("file"));
  }

  @Test
  void shouldDescribeAnImportedFile() {
    JsonObject file = only(new FileReport(importer.read(file("export.ru.txt"), null), "a1"), "en");
    assertTrue(file.getBoolean("ok"));
    assertEquals("a1", file.getString("articleId"));
    assertEquals("text", file.getString("format"));
    assertEquals("ru", file.getString("language"));
    assertEquals("ru", file.getString("guessedLanguage"));
    assertFalse(file.getBoolean("languageGiven"));
    assertTrue(file.getJsonNumber("confidence").doubleValue() > 0.9);
    assertEquals("Айгуль Садыкова", file.getString("author"));
    assertEquals(3, file.getJsonObject("dropped").getInt("count"));
    assertEquals(
        "advertisement",
        file.getJsonObject("dropped").getJsonArray("lines").getJsonObject(0).getString("rule"));
    JsonObject warning = file.getJsonArray("warnings").getJsonObject(0);
    assertEquals("metadata-repeated", warning.getString("code"));
    assertEquals("source", warning.getString("field"));
    assertEquals(
        "Another source line (“сайт организаторов”) was ignored; the first one was kept.",
        warning.getString("message"));
    assertFalse(file.containsKey("problem"));
  }

  @Test
  void shouldSayInTheReaderLanguageHowTheTitleWasFound() {
    JsonObject derived =
        only(new FileReport(importer.read(file("pages/base-rate.ru.txt"), null), "a1"), "ru");
    JsonObject warning = derived.getJsonArray("warnings").getJsonObject(0);
    assertEquals("title-derived", warning.getString("code"));
    assertEquals(
        "В файле нет строки заголовка; заголовок составлен из первого предложения текста.",
        warning.getString("message"));
    JsonObject recased =
        only(new FileReport(importer.read(file("pages/trade-target.en.txt"), null), "a2"), "kk");
    JsonObject capitals = recased.getJsonArray("warnings").getJsonObject(0);
    assertEquals("title-recased", capitals.getString("code"));
    String original = "UZBEKISTAN AND KAZAKHSTAN AGREE TO DOUBLE TRADE BY 2030";
    assertEquals(original, capitals.getString("original"));
    assertEquals(
        "Тақырып бас әріптермен жазылған («" + original + "»), әріптердің регистрі түзетілді.",
        capitals.getString("message"));
  }

  @Test
  void shouldLocalizeTheProblemOfAFailedFile() {
    FileReport failed = new FileReport(importer.read(utf8("a.txt", "Astana 2024"), null), null);
    JsonObject problem = only(failed, "kk").getJsonObject("problem");
    assertEquals("https://tilmash.dev/problems/import-file-rejected", problem.getString("type"));
    assertEquals(422, problem.getInt("status"));
    assertEquals("uncertain", problem.getString("reason"));
    assertEquals("Файл импортталмады", problem.getString("title"));
    assertTrue(problem.getString("detail").contains("language параметрімен"), problem::toString);
  }

  private JsonObject only(FileReport report, String acceptLanguage) {
    return json.render(new ImportReport(List.of(report)), acceptLanguage)
        .getJsonArray("files")
        .getJsonObject(0);
  }
}
