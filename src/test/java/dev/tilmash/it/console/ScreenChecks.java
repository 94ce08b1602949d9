package dev.tilmash.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** What every screen is checked for: no missing word, no serious accessibility fault, a picture. */
final class ScreenChecks {
  private ScreenChecks() {}

  /** The screen at 1280 px, and in Russian, Kazakh and Chinese also at 768 px, to look at. */
  static void keepScreenshots(ConsolePage page, String article, String lang, String screen) {
    String name = lang + "-" + screen.replace(article, "id").replace('/', '-');
    page.script("window.scrollTo(0, 0)");
    Chromium.screenshot(
        page.driver(), Chromium.SCREENSHOTS.resolve("screens/" + name + "-1280.png"));
    if (List.of("ru", "kk", "zh").contains(lang)) {
      var window = page.driver().manage().window();
      window.setSize(new org.openqa.selenium.Dimension(768, 900));
      page.script("window.scrollTo(0, 0)");
      Chromium.screenshot(
          page.driver(), Chromium.SCREENSHOTS.resolve("screens/" + name + "-768.png"));
      window.setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
  }

  static void assertWordsComplete(ConsolePage page, String where) {
    assertEquals("0", page.missingKeys(), () -> where + ": missing keys");
    assertFalse(page.bodyText().contains("⟦"), () -> where + ": " + page.bodyText());
  }

  static void assertAccessible(ConsolePage page, String where) {
    Results results = new AxeBuilder().analyze(page.driver());
    List<Rule> serious =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    if (!serious.isEmpty()) {
      Chromium.screenshot(
          page.driver(),
          Path.of("target/console-screenshots/axe-" + where.replace('/', '_') + ".png"));
    }
    assertTrue(
        serious.isEmpty(),
        () ->
            where
                + ": "
                + serious.stream()
                    .map(
                        r ->
                            r.getId()
                                + " "
                                + r.getHelp()
                                + " "
                                + r.getNodes().stream()
                                    .map(n -> String.valueOf(n.getTarget()))
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")));
  }
}
