package dev.tilmash.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import dev.tilmash.it.Deployments;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Numbers in every interface language as CLDR writes them (ICU4J is the reference): Chromium's own
 * data writes Kazakh and Uzbek numbers the English way ({@code 12,345.5}), so there the console
 * uses the symbols the server sends from ICU ({@code 12 345,5}, with a no-break space).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleNumbersIT {
  private static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz", "zh");

  @RegisterExtension static final Chromium CHROMIUM = new Chromium();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;

  @Test
  void shouldWriteNumbersAndPercentagesAsCldrDoesInEveryLanguage() {
    ConsolePage page = new ConsolePage(CHROMIUM.open(1280), base);
    page.open("sign-in");
    page.await("#username");
    for (String lang : LANGUAGES) {
      ULocale locale = ULocale.forLanguageTag(lang);
      String expected =
          NumberFormat.getInstance(locale).format(-12345.5)
              + " "
              + NumberFormat.getPercentInstance(locale).format(0.45)
              + " "
              + NumberFormat.getInstance(locale).format(1234567);
      Object written =
          page.asyncScript(
              "const [lang, done] = arguments;"
                  + "import('./lib/i18n.js').then(m => m.i18n.load(lang).then(() => done("
                  + "m.i18n.number(-12345.5) + ' ' + m.i18n.percent(0.45) + ' '"
                  + " + m.i18n.number(1234567))))"
                  + ".catch(e => done(String(e)));",
              lang);
      assertEquals(expected, written, lang);
    }
    assertEquals(
        "-12\u00a0345,5",
        NumberFormat.getInstance(ULocale.forLanguageTag("kk")).format(-12345.5),
        "the reference itself");
  }
}
