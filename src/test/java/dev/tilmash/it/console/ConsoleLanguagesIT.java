package dev.tilmash.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.console.ConsoleCatalogs;
import dev.tilmash.it.Api;
import dev.tilmash.it.Deployments;
import dev.tilmash.it.Newsroom;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every screen in every interface language, with no missing word, and accessible: an axe-core scan
 * of each screen finds no serious or critical violation. Also keeps screenshots at 1280 and 768
 * pixels under target/ to look at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleLanguagesIT {
  private static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz", "zh");

  @RegisterExtension static final Chromium CHROMIUM = new Chromium();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;

  private Api api;
  private Newsroom newsroom;
  private String article;

  @BeforeEach
  void connect() {
    api = Api.anonymous(base);
    newsroom = new Newsroom(api);
    article = newsroom.article("Languages", "The port opened.\n\nRail freight doubled.");
    newsroom.translate(article, "ru", "translator.ru", "Порт", "Порт открылся.");
    assertEquals(200, newsroom.step(article, "ru", "translator.ru", "submit").status());
  }

  /** The screens an editor sees, as hash routes, with what each shows when it has loaded. */
  private Map<String, String> screens() {
    Map<String, String> screens =
        new java.util.LinkedHashMap<>(
            Map.of(
                "my-work",
                "main h1",
                "articles",
                "main table.list",
                "coverage",
                "main table.coverage",
                "review",
                "main table.list",
                "articles/" + article,
                "tr[data-language=ru] tm-workflow-bar",
                "articles/" + article + "/ru/edit",
                "#seg-b1",
                "articles/" + article + "/ru/review",
                "tm-workflow-bar button",
                "articles/" + article + "/ru/history",
                "table.revisions",
                "audit",
                "table.audit",
                "import",
                "#import-files"));
    screens.put("articles/new", "#new-article");
    return screens;
  }

  @Test
  void shouldRenderEveryScreenInEveryLanguageWithNoMissingWord() {
    ConsolePage page = new ConsolePage(CHROMIUM.open(1280), base);
    for (String lang : LANGUAGES) {
      page.open("sign-in");
      page.chooseLanguage(lang);
      Properties words = ConsoleCatalogs.load(lang);
      page.awaitText("#sign-in-title", words.getProperty("signIn.title"));
      assertEquals(words.getProperty("signIn.username"), page.text("label[for=username]"));
      ScreenChecks.assertWordsComplete(page, lang + " sign-in");
    }
    page.chooseLanguage("en");
    page.signIn("editor");
    for (String lang : LANGUAGES) {
      page.chooseLanguage(lang);
      for (var screen : screens().entrySet()) {
        page.open(screen.getKey());
        page.await(screen.getValue());
        ScreenChecks.assertWordsComplete(page, lang + " " + screen.getKey());
        ScreenChecks.keepScreenshots(page, article, lang, screen.getKey());
      }
      Chromium.screenshot(page.driver(), Chromium.SCREENSHOTS.resolve("editor-" + lang + ".png"));
    }
    page.await("#sign-out").click();
    page.signIn("admin");
    for (String lang : LANGUAGES) {
      page.chooseLanguage(lang);
      page.open("users");
      page.await("form.user");
      ScreenChecks.assertWordsComplete(page, lang + " users");
      ScreenChecks.keepScreenshots(page, article, lang, "users");
    }
  }

  /**
   * Dates name their month in every interface language. Chromium has no Kazakh or Uzbek month names
   * (it writes "2026 M12 1"), so there the console's catalog supplies them.
   */
  @Test
  void shouldWriteDatesWithTheMonthsNameInEveryLanguage() {
    ConsolePage page = new ConsolePage(CHROMIUM.open(1280), base);
    page.open("sign-in");
    page.await("#username");
    Map<String, String> december =
        Map.of(
            "en", "Dec 1, 2026",
            "ru", "1 дек. 2026",
            "kk", "2026 ж. 1 желтоқсан",
            "uz", "1-dekabr, 2026",
            "zh", "2026年12月1日");
    for (var expected : december.entrySet()) {
      String written =
          String.valueOf(
              page.asyncScript(
                  "const [lang, done] = arguments;"
                      + "import('./lib/i18n.js').then(m => m.i18n.load(lang)"
                      + ".then(() => done(m.i18n.dateTime('2026-12-01T12:05:00Z'))))"
                      + ".catch(e => done(String(e)));",
                  expected.getKey()));
      assertTrue(written.startsWith(expected.getValue()), expected.getKey() + ": " + written);
      assertFalse(written.contains("M12"), written);
      Object names =
          page.script(
              "return import('./lib/i18n.js').then(m => ['en', 'ru', 'kk', 'uz', 'zh']"
                  + ".map(tag => m.i18n.languageName(tag)))");
      assertFalse(
          String.valueOf(names).matches(".*\\b(en|ru|kk|uz|zh)\\b.*"),
          expected.getKey() + " names a language by its code: " + names);
    }
    page.open("sign-in");
    page.chooseLanguage("kk");
    page.signIn("editor");
    page.open("audit");
    page.await("table.audit");
    assertFalse(page.text("table.audit").matches("(?s).*M\\d.*"), page.text("table.audit"));
  }

  @Test
  void shouldRememberTheChosenLanguage() {
    ConsolePage page = new ConsolePage(CHROMIUM.open(1280), base);
    page.open("sign-in");
    page.chooseLanguage("kk");
    page.driver().navigate().refresh();
    page.awaitText("#sign-in-title", ConsoleCatalogs.load("kk").getProperty("signIn.title"));
    assertEquals("kk", page.script("return document.documentElement.lang"));
  }

  @Test
  void shouldPassAnAccessibilityScanOnEveryScreen() {
    ConsolePage page = new ConsolePage(CHROMIUM.open(1280), base);
    page.open("sign-in");
    page.await("#username");
    ScreenChecks.assertAccessible(page, "sign-in");
    page.signIn("editor");
    for (var screen : screens().entrySet()) {
      page.openSignedIn(screen.getKey(), "editor", screen.getValue());
      ScreenChecks.assertAccessible(page, screen.getKey());
    }
    page.await("#sign-out").click();
    page.signIn("admin");
    page.openSignedIn("users", "admin", "form.user");
    ScreenChecks.assertAccessible(page, "users");
  }

  @Test
  void shouldStayUsableAt768Pixels() {
    ConsolePage page = new ConsolePage(CHROMIUM.open(768), base).signIn("translator.ru");
    page.open("articles/" + article + "/ru/edit");
    page.await("#seg-b1");
    Object overflow =
        page.script("return document.documentElement.scrollWidth > window.innerWidth + 1");
    Chromium.screenshot(page.driver(), Chromium.SCREENSHOTS.resolve("editor-768.png"));
    assertEquals(Boolean.FALSE, overflow, "the editor scrolls sideways at 768 px");
    assertTrue(page.await("#save").isDisplayed());
  }

  /**
   * The first load of the console in a fresh browser: bytes over the wire and when the last file
   * arrived, written to target/console-screenshots/first-load.txt for the README. Only the size is
   * asserted; times depend on the machine.
   */
  @Test
  void shouldLoadTheSignInScreenInFewBytes() throws java.io.IOException {
    ConsolePage page = new ConsolePage(CHROMIUM.open(1280), base);
    page.open("sign-in");
    page.await("#username");
    @SuppressWarnings("unchecked")
    Map<String, Object> load =
        (Map<String, Object>)
            page.script(
                "const nav = performance.getEntriesByType('navigation')[0];"
                    + "const files = performance.getEntriesByType('resource');"
                    + "return {files: files.length + 1,"
                    + " bytes: nav.transferSize + files.reduce((n, f) => n + f.transferSize, 0),"
                    + " body: nav.encodedBodySize + files.reduce((n, f) => n + f.encodedBodySize, 0),"
                    + " ready: Math.round(Math.max(nav.responseEnd, ...files.map(f => f.responseEnd))),"
                    + " loaded: Math.round(nav.loadEventEnd)};");
    String report =
        String.format(
            "first load of /console/ (fresh profile): %s files, %s bytes over the wire (%s of"
                + " bodies), last file at %s ms, load event at %s ms%n",
            load.get("files"),
            load.get("bytes"),
            load.get("body"),
            load.get("ready"),
            load.get("loaded"));
    System.out.print(report);
    java.nio.file.Files.createDirectories(Chromium.SCREENSHOTS);
    java.nio.file.Files.writeString(Chromium.SCREENSHOTS.resolve("first-load.txt"), report);
    assertTrue(((Number) load.get("bytes")).longValue() < 250_000, report);
  }

  /**
   * The console's own MessageFormat formatter agrees with ICU4J on every pattern of every catalog,
   * for counts that pick each plural form (1, 2, 5, 21 and 0).
   */
  @Test
  void shouldFormatEveryPatternAsIcuDoes() {
    ConsolePage page = new ConsolePage(CHROMIUM.open(1280), base);
    page.open("sign-in");
    page.await("#username");
    var cases = jakarta.json.Json.createArrayBuilder();
    List<String> expected = new java.util.ArrayList<>();
    for (String lang : LANGUAGES) {
      Properties words = ConsoleCatalogs.load(lang);
      for (String key : new java.util.TreeSet<>(words.stringPropertyNames())) {
        String pattern = words.getProperty(key);
        var format =
            new com.ibm.icu.text.MessageFormat(
                pattern, com.ibm.icu.util.ULocale.forLanguageTag(lang));
        for (int n : new int[] {0, 1, 2, 5, 21}) {
          var args = jakarta.json.Json.createObjectBuilder();
          Map<String, Object> javaArgs = new java.util.HashMap<>();
          for (String name : format.getArgumentNames()) {
            args.add(name, n);
            javaArgs.put(name, n);
          }
          cases.add(
              jakarta.json.Json.createObjectBuilder()
                  .add("lang", lang)
                  .add("pattern", pattern)
                  .add("args", args));
          expected.add(lang + " " + key + " " + n + ": " + format.format(javaArgs));
        }
      }
    }
    @SuppressWarnings("unchecked")
    List<String> actual =
        (List<String>)
            page.asyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const cases = JSON.parse(arguments[0]);"
                    + "import('./lib/message-format.js')"
                    + ".then(m => done(cases.map(c => m.format(c.pattern, c.args, c.lang))))"
                    + ".catch(e => done([String(e)]));",
                cases.build().toString());
    List<String> labelled = new java.util.ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      String label = expected.get(i).substring(0, expected.get(i).indexOf(": ") + 2);
      labelled.add(label + actual.get(i));
    }
    assertEquals(expected, labelled);
  }
}
