package dev.tilmash.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.interchange.CatTool;
import dev.tilmash.it.Api;
import dev.tilmash.it.Deployments;
import dev.tilmash.it.Newsroom;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * The console's screens for files and people, driven as their users work them: XLIFF out to a CAT
 * tool and back with the import's report in words, old-site files imported with a report per file,
 * an administrator changing a translator's roles and languages (and the translator seeing it), and
 * the audit log's filters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleToolsIT {
  @RegisterExtension static final Chromium CHROMIUM = new Chromium();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;
  @TempDir Path files;

  private Api api;
  private Newsroom newsroom;

  @BeforeEach
  void connect() {
    api = Api.anonymous(base);
    newsroom = new Newsroom(api);
  }

  @Test
  void shouldSendXliffToACatToolAndReportWhatCameBackInWords() throws IOException {
    String id = newsroom.article("Cat", "The quay was rebuilt in May.\n\nThe ferry sails at dawn.");
    newsroom.translate(id, "ru", "translator.ru", "Причал", "Причал перестроили в мае.");
    ConsolePage translator = new ConsolePage(CHROMIUM.open(1280), base).signIn("translator.ru");
    translator.open("articles/" + id + "/ru/edit");
    translator.await("tm-xliff-panel summary").click();
    String link = translator.await("tm-xliff-panel a[download]").getDomAttribute("href");
    String exported =
        String.valueOf(
            translator.asyncScript(
                "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text())"
                    + ".then(arguments[arguments.length - 1])",
                link));
    assertTrue(exported.contains("trgLang=\"ru\""), exported);
    byte[] file = exported.getBytes(StandardCharsets.UTF_8);

    String quay = "Причал перестроили в мае.";
    upload(translator, filled(file, Map.of("b1", quay)), "cat-b1.xlf");
    translator.awaitText(".xliff-report", "Imported as revision");
    translator.awaitText(".xliff-report", "1 unit is untranslated: b2.");

    String dawn = "Паром отходит на рассвете.";
    upload(translator, filled(file, Map.of("b1", quay, "b2", dawn)), "cat-both.xlf");
    translator.awaitText(".xliff-report", "Every unit is translated.");

    changeTheSource(id, "The quay was rebuilt in May.\n\nThe ferry sails at noon.");
    translator.driver().navigate().refresh();
    translator.await("tm-xliff-panel summary").click();
    String noon = "Паром отходит в полдень.";
    Path stale = upload(translator, filled(file, Map.of("b1", quay, "b2", noon)), "cat-stale.xlf");
    WebElement refused = translator.await("tm-xliff-panel .problem[data-type=xliff-stale]");
    assertFalse(refused.getText().isBlank());

    translator.await("tm-xliff-panel input[name=force]").click();
    translator.await("#xliff-file").sendKeys(stale.toString());
    translator.await("tm-xliff-panel button[type=submit]").click();
    translator.awaitText(".xliff-report", "1 unit was stored over a changed source: b2.");

    translator.driver().navigate().refresh();
    translator.await("tm-xliff-panel summary").click();
    upload(translator, filled(file, Map.of("b1", "Причал отстроили в мае.")), "cat-merged.xlf");
    translator.awaitText(".xliff-report", "it was merged onto revision");
  }

  @Test
  void shouldImportOldSiteFilesWithAReportForEachFile() throws IOException {
    String token = UUID.randomUUID().toString().substring(0, 8);
    Path html =
        write(
            "grain-" + token + ".html",
            "<html><head><title>Site</title></head><body><h1>Grain exports double "
                + token
                + "</h1><p>Grain exports through the port doubled this year, the ministry"
                + " said on Monday.</p><p>Share on Facebook</p></body></html>");
    Path kazakh =
        write(
            "kopir-" + token + ".txt",
            "ЖАҢА КӨПІР АШЫЛДЫ\n\nЖаңа көпір ашылды деп хабарлады әкімдік. Көпір қаланың"
                + " екі ауданын жалғайды және құрылысшылар жұмысты мерзімінен бұрын аяқтады.\n");
    Path empty = write("empty-" + token + ".txt", "");
    ConsolePage editor = new ConsolePage(CHROMIUM.open(1280), base).signIn("editor");
    editor.open("import");
    editor.await("#import-files").sendKeys(html + "\n" + kazakh + "\n" + empty);
    editor.await("form button[type=submit]").click();
    editor.awaitText("li[data-file='" + empty.getFileName() + "'] .badge", "not imported");

    assertEquals("3", editor.await("main progress").getDomAttribute("value"));
    String grain = editor.text("li[data-file='" + html.getFileName() + "']");
    assertTrue(grain.contains("imported"), grain);
    assertTrue(grain.contains("Grain exports double " + token), grain);
    assertTrue(grain.contains("English, guessed"), grain);
    assertTrue(grain.contains("dropped"), grain);
    editor.await("li[data-file='" + html.getFileName() + "'] details.dropped summary").click();
    editor.awaitText(
        "li[data-file='" + html.getFileName() + "'] details.dropped", "Share on Facebook");
    String steppe = editor.text("li[data-file='" + kazakh.getFileName() + "']");
    assertTrue(steppe.contains("Kazakh, guessed"), steppe);
    assertFalse(editor.all("li[data-file='" + kazakh.getFileName() + "'] .warnings li").isEmpty());
    assertFalse(
        editor.text("li[data-file='" + empty.getFileName() + "'] .problem-title").isBlank());
  }

  @Test
  void shouldLetAnAdminChangeRolesAndLanguagesThatTakeEffectAtOnce() {
    String id = newsroom.article("Scope", "The archive opened.");
    newsroom.translate(id, "ru", "translator.ru", "Архив", "Архив открылся.");
    ConsolePage translator = new ConsolePage(CHROMIUM.open(1280), base).signIn("translator.kk");
    translator.open("articles/" + id + "/ru/edit");
    translator.await(".problem[data-type=missing-language]");
    assertTrue(translator.all("nav a[href='#/review']").isEmpty());

    ConsolePage admin = new ConsolePage(CHROMIUM.open(1280), base).signIn("admin");
    admin.link("Users").click();
    setAccess(admin, true);
    admin.awaitText(".notice", "The access of translator.kk is changed");

    translator.driver().navigate().refresh();
    translator.await("#seg-title");
    translator.awaitEnabled("#save");
    assertTrue(translator.all(".problem[data-type=missing-language]").isEmpty());
    translator.await("nav a[href='#/review']");

    setAccess(admin, false);
    admin.awaitText(".notice", "The access of translator.kk is changed");
    translator.driver().navigate().refresh();
    translator.await(".problem[data-type=missing-language]");
    assertTrue(translator.all("nav a[href='#/review']").isEmpty());
  }

  @Test
  void shouldFilterTheAuditLogByUserKindAndArticle() {
    String id = newsroom.article("Audit", "The bridge closed.");
    newsroom.translate(id, "ru", "translator.ru", "Мост", "Мост закрыли.");
    assertEquals(200, newsroom.step(id, "ru", "translator.ru", "submit").status());
    assertEquals(
        200,
        api.as("editor")
            .put(Newsroom.version(id, "ru") + "/assignee", Api.json("username", "translator.ru"))
            .status());
    ConsolePage editor = new ConsolePage(CHROMIUM.open(1280), base).signIn("editor");
    editor.link("Audit log").click();
    editor.await("table.audit tbody tr");

    editor.await("form input[name=article]").sendKeys(id);
    editor.await("form input[name=user]").sendKeys("translator.ru");
    editor.await("form button[type=submit]").click();
    editor.awaitText("table.audit tbody", "Workflow step");
    assertEquals(1, editor.all("table.audit tbody tr").size(), editor.text("table.audit"));
    assertTrue(editor.text("table.audit tbody tr").contains("translator.ru"));
    assertTrue(editor.text("table.audit tbody tr").contains("Draft → In review"));

    editor.open("audit?article=" + id + "&kind=ASSIGNMENT");
    editor.awaitText("table.audit tbody", "Assignment");
    assertEquals(1, editor.all("table.audit tbody tr").size(), editor.text("table.audit"));
    assertTrue(editor.text("table.audit tbody tr").contains("editor"));

    editor.open("audit?article=" + id + "&from=2999-01-01T00:00");
    editor.awaitText("main .empty", "No entries");
    assertEquals("01/01/2999", editor.await("input[name=from-date]").getAttribute("value"));
    assertEquals("MM/DD/YYYY", editor.await("input[name=from-date]").getAttribute("placeholder"));

    // The date is typed in the interface language's order, here Kazakh's (CLDR: dd.MM.y)
    editor.open("audit?article=" + id);
    editor.awaitText("table.audit tbody", "Workflow step");
    editor.chooseLanguage("kk");
    WebElement date = editor.await("input[name=from-date]");
    assertEquals("КК.АА.ЖЖЖЖ", date.getAttribute("placeholder"));
    date.sendKeys("31.02.2026");
    editor.await("form.filters button[type=submit]").click();
    assertTrue(
        String.valueOf(editor.script("return arguments[0].validationMessage", date))
            .contains("КК.АА.ЖЖЖЖ"),
        "an impossible date is refused at the field, in Kazakh");
    assertTrue(editor.driver().getCurrentUrl().endsWith("audit?article=" + id));

    date.clear();
    date.sendKeys("01.01.2999");
    editor.await("input[name=from-time]").sendKeys("08:30");
    editor.await("form.filters button[type=submit]").click();
    editor.await("main .empty");
    assertTrue(
        editor.driver().getCurrentUrl().contains("from=2999-01-01T08%3A30"),
        editor.driver().getCurrentUrl());
    editor.chooseLanguage("en");
  }

  /** The translated file, chosen in the XLIFF panel and uploaded; returns where it was saved. */
  private Path upload(ConsolePage page, byte[] xliff, String name) throws IOException {
    Path file = files.resolve(name);
    Files.write(file, xliff);
    page.await("#xliff-file").sendKeys(file.toString());
    page.await("tm-xliff-panel button[type=submit]").click();
    return file;
  }

  /** The exported file as a CAT tool leaves it when the translator translated these units. */
  private static byte[] filled(byte[] xliff, Map<String, String> translations) {
    return CatTool.translate(xliff, (unit, run) -> translations.get(unit));
  }

  private void changeTheSource(String id, String body) {
    Api.Reply english = api.as("editor").get(Newsroom.version(id, "en"));
    Api.Reply edited =
        api.as("editor")
            .header("If-Match", english.header("ETag"))
            .put(
                Newsroom.version(id, "en"),
                Api.json("title", english.json().getString("title"), "body", body));
    assertEquals(200, edited.status(), edited::toString);
    newsroom.publish(id, "en", "editor");
  }

  /**
   * translator.kk, with or without the editor role and the Russian language, saved by the admin.
   */
  private static void setAccess(ConsolePage admin, boolean granted) {
    String form = "form[aria-label='translator.kk'] ";
    for (String box : new String[] {"role-editor", "lang-ru"}) {
      WebElement check = admin.await(form + "input[name=" + box + "]");
      if (check.isSelected() != granted) {
        check.click();
      }
    }
    admin.await(form + "button[type=submit]").click();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(files.resolve(name), text);
  }
}
