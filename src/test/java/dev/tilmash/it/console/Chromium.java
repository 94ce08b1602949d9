package dev.tilmash.it.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver given explicitly, so nothing is
 * downloaded. Each browser gets a fresh profile. Without /usr/bin/chromium the tests are skipped
 * with a loud message, except under {@code CI=true}, where they must run. A failing test leaves a
 * screenshot of every open browser in {@code target/console-screenshots}.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback, TestWatcher {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS =
      Path.of(System.getProperty("it.screenshots", "target/console-screenshots"));

  private final List<WebDriver> open = new ArrayList<>();
  private final List<Path> profiles = new ArrayList<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
      return;
    }
    String message =
        "\n*********************************************************************\n"
            + "* BROWSER TESTS SKIPPED: "
            + BROWSER
            + " or "
            + DRIVER
            + " is missing.\n"
            + "* Install them: sudo apt-get install chromium chromium-driver\n"
            + "*********************************************************************";
    System.err.println(message);
    if ("true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true: the browser tests must run." + message);
    }
    Assumptions.abort(message);
  }

  /** A new browser window of the given width, with a profile of its own. */
  public WebDriver open(int width) {
    try {
      Path profile = Files.createTempDirectory("tilmash-chromium-");
      profiles.add(profile);
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BROWSER.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--lang=en-US",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      driver.manage().window().setSize(new Dimension(width, 900));
      open.add(driver);
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void close(WebDriver driver) {
    open.remove(driver);
    driver.quit();
  }

  /** Saves what a browser shows now, as a PNG under target/ (or wherever the caller says). */
  public static Path screenshot(WebDriver driver, Path file) {
    try {
      Files.createDirectories(file.getParent());
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(file, png);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName();
    String safe = name.replaceAll("[^A-Za-z0-9_-]+", "_");
    for (int i = 0; i < open.size(); i++) {
      try {
        Path file = screenshot(open.get(i), SCREENSHOTS.resolve(safe + "-" + i + ".png"));
        System.err.println("Screenshot of the failing console: " + file.toAbsolutePath());
      } catch (RuntimeException e) {
        System.err.println("No screenshot: " + e.getMessage());
      }
    }
    quitAll();
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    quitAll();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    quitAll();
    for (Path profile : profiles) {
      deleteQuietly(profile);
    }
  }

  private void quitAll() {
    for (WebDriver driver : open) {
      try {
        driver.quit();
      } catch (RuntimeException ignored) {
        // the browser is gone already
      }
    }
    open.clear();
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary profile; the system cleans up after us
    }
  }
}
