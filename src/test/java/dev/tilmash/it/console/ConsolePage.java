package dev.tilmash.it.console;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in one browser, as its user works it: sign in, follow links, type, press keys. Waits
 * are for something to appear on the page, never for a time.
 */
public final class ConsolePage {
  public static final String PASSWORD = "demo";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final WebDriver driver;
  private final String console;

  public ConsolePage(WebDriver driver, URL deployment) {
    this.driver = driver;
    this.console = deployment.toString() + "console/";
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a screen by its hash route, e.g. {@code my-work}. */
  public ConsolePage open(String route) {
    driver.get(console + "#/" + route);
    return this;
  }

  /** Signs in through the sign-in form and waits for the navigation. */
  public ConsolePage signIn(String username) {
    open("sign-in");
    WebElement user = await("#username");
    user.clear();
    user.sendKeys(username);
    WebElement password = await("#password");
    password.sendKeys(PASSWORD);
    await("#sign-in-button").click();
    await(".whoami");
    return this;
  }

  /** The element, once visible, scrolled to the middle of the window (clear of sticky bars). */
  public WebElement await(String css) {
    WebElement element =
        new WebDriverWait(driver, PATIENCE)
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
    return element;
  }

  /**
   * Opens a screen and waits for what it shows; if the session ended meanwhile (the test server
   * ends sessions idle for 30 s, and a slow accessibility scan can take that long), signs in again
   * first, as a user would.
   */
  public WebElement openSignedIn(String route, String user, String css) {
    open(route);
    new WebDriverWait(driver, PATIENCE)
        .until(
            ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#username"))));
    if (!all("#username").isEmpty()) {
      signIn(user);
      open(route);
    }
    return await(css);
  }

  /** Waits until the element has the text (the page may still be loading it). */
  public WebElement awaitText(String css, String text) {
    new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return driver.findElement(By.cssSelector(css));
  }

  public void awaitGone(String css) {
    new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
  }

  public void awaitEnabled(String css) {
    new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public String text(String css) {
    return await(css).getText();
  }

  /** The link with this text, waited for. */
  public WebElement link(String text) {
    return new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.elementToBeClickable(By.partialLinkText(text)));
  }

  /**
   * The link with this text on a paged list: page after page with the pager's next button, as a
   * user looks for it (the list is the longest waiting first, and earlier tests add to it).
   */
  public WebElement linkOnSomePage(String text) {
    await("tm-pager");
    for (int page = 0; page < 100; page++) {
      List<WebElement> links = driver.findElements(By.partialLinkText(text));
      if (!links.isEmpty()) {
        return links.get(0);
      }
      String status = text(".pager-status");
      WebElement next = await("tm-pager button:last-of-type");
      if (!next.isEnabled()) {
        break;
      }
      next.click();
      new WebDriverWait(driver, PATIENCE).until(d -> !status.equals(text(".pager-status")));
    }
    return link(text);
  }

  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public Object script(String javascript, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(javascript, args);
  }

  public Object asyncScript(String javascript, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(javascript, args);
  }

  /** Chooses the interface language in the top bar and waits until the page speaks it. */
  public void chooseLanguage(String lang) {
    new org.openqa.selenium.support.ui.Select(await("#ui-language")).selectByValue(lang);
    new WebDriverWait(driver, PATIENCE)
        .until(d -> lang.equals(script("return document.documentElement.lang")));
  }

  /** How many message keys the page asked for and the catalog lacked. */
  public String missingKeys() {
    return String.valueOf(script("return document.documentElement.dataset.missingKeys"));
  }
}
