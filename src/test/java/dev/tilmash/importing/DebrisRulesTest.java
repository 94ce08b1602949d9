package dev.tilmash.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DebrisRulesTest {
  private final DebrisRules rules = DebrisRules.builtIn();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "share         | Share: Facebook Twitter Telegram",
        "share         | Поделиться: ВКонтакте Одноклассники Telegram WhatsApp",
        "share         | Share this article",
        "social        | Facebook · Twitter · Telegram",
        "navigation    | Home > Economy > Transport",
        "navigation    | Главная > Новости > Транспорт",
        "navigation    | Главная / Новости / Экономика / Общество / Спорт",
        "navigation    | About us • Advertising • Contacts • Privacy policy",
        "exchange-rate | USD 471.20 ▲ EUR 512.05 ▼ RUB 5.31",
        "exchange-rate | Курсы валют: USD 471,20 ▲ EUR 512,05 ▼ RUB 5,31",
        "exchange-rate | $ 12 750 € 13 900",
        "exchange-rate | Курс валют",
        "weather       | Almaty +18°C, cloudy",
        "weather       | Погода в Павлодаре: −12°, снег",
        "weather       | Weather in Samarkand: +34°C, sunny",
        "weather       | Погода",
        "read-also     | Read also: Universities agree to recognise each other's credits",
        "read-also     | Читайте также: В области завершили уборку урожая раньше срока",
        "read-also     | Related:",
        "read-also     | Сондай-ақ оқыңыз",
        "subscribe     | Подписывайтесь на наш канал в Telegram",
        "copyright     | © 2009–2023 Steppe Courier. All rights reserved.",
        "copyright     | При перепечатке ссылка обязательна. Все права защищены.",
        "advertisement | Реклама",
        "comments      | Comments (3)",
        "comments      | Комментарии (0)",
        "counter       | Просмотров: 1 204",
        "counter       | 2 841 views",
        "tags          | Tags: logistics, China",
        "dateline      | Опубликовано 3 декабря 2019 года, 14:05",
        "dateline      | 14 November 2023, 10:42 · 2 841 views",
      })
  void shouldNameTheRuleThatDropsADebrisLine(String rule, String line) {
    assertEquals(Optional.of(rule), rules.lineRule(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The tenge weakened to 471 per US dollar in November, the central bank said.",
        "Share of exports rose to a third of the total.",
        "Related talks will continue in May.",
        "Weather delays slowed the harvest in the north.",
        "Курс тенге к доллару снизился на 2% за неделю.",
        "Read more in the forum's final statement.",
        "Подписчики канала получили доступ к архиву.",
        "Home prices in Astana rose by 12% in 2023.",
        "Temperatures reached 40° in Turkestan last July.",
      })
  void shouldKeepArticleSentencesThatMentionTheSameWords(String sentence) {
    assertEquals(Optional.empty(), rules.lineRule(sentence));
  }

  @Test
  void shouldNeverTreatALongParagraphAsDebris() {
    String long_ = "Share: Facebook " + "Twitter ".repeat(60);
    assertTrue(long_.length() > DebrisRules.MAX_DEBRIS_LINE);
    assertEquals(Optional.empty(), rules.lineRule(long_));
  }

  @Test
  void shouldReplaceAddAndSwitchOffRulesByName() {
    DebrisRules custom =
        rules.with(
            Map.of(
                "line.weather", "",
                "line.horoscope", "(?:horoscope|гороскоп)\\b.*",
                "element.share", ".sharebar"));
    assertEquals(Optional.empty(), custom.lineRule("Almaty +18°C, cloudy"));
    assertEquals(Optional.of("horoscope"), custom.lineRule("Гороскоп на неделю"));
    Document page = Jsoup.parse("<div class='sharebar'>x</div><div class='share'>y</div>");
    assertEquals(1, page.select(custom.elementRules().get("share")).size());
  }

  @Test
  void shouldSelectWidgetsByTheirClassWords() {
    Document page =
        Jsoup.parse(
            "<div class='currency-rates'>USD</div><div class='weather_widget'>+5</div>"
                + "<div class='story-body shareholders'>text</div><div class='read-also'>x</div>");
    assertEquals(1, page.select(rules.elementRules().get("exchange-rate")).size());
    assertEquals(1, page.select(rules.elementRules().get("weather")).size());
    assertEquals(1, page.select(rules.elementRules().get("read-also")).size());
    assertTrue(page.select(rules.elementRules().get("share")).isEmpty(), "shareholders is a word");
  }

  @Test
  void shouldReadTheRulesFormatWithoutEscapes() throws Exception {
    Map<String, String> read =
        DebrisRules.read(new StringReader("# comment\n\nline.digits = \\d+ = \\d+\n"));
    assertEquals(Map.of("line.digits", "\\d+ = \\d+"), read);
    assertTrue(rules.with(read).lineRule("12 = 34").isPresent());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"line.weather | (unclosed", "element.share | [[", "paragraph.x | x", "line.Bad | x"})
  void shouldNameAMalformedRule(String key, String pattern) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> rules.with(Map.of(key, pattern)));
    assertTrue(error.getMessage().contains(key), error.getMessage());
  }

  @Test
  void shouldShipRulesForEveryKindOfDebrisTheProductNames() {
    for (String rule :
        new String[] {
          "line.share",
          "line.navigation",
          "line.exchange-rate",
          "line.weather",
          "line.read-also",
          "element.share",
          "element.navigation",
          "element.footer"
        }) {
      assertFalse(rules.definitions().get(rule).isBlank(), rule);
    }
  }
}
