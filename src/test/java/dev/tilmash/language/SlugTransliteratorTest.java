package dev.tilmash.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTransliteratorTest {

  private final LanguageSet languages = LanguageSets.withScriptVariants();
  private final SlugTransliterator slugs = new SlugTransliterator();

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
ru      | Средний коридор: грузы через Каспий       | sredniy-koridor-gruzy-cherez-kaspiy
ru      | Объём торговли вырос на 15% — «Щёлково»   | obyem-torgovli-vyros-na-15-shchelkovo
kk      | Қазақстан әлемдік нарыққа өнім ұсынды     | qazaqstan-alemdik-naryqqa-onim-usyndy
kk      | Ғылым және Ұлттық үкімет                  | ghylym-zhane-ulttyq-ukimet
uz      | Oʻzbekiston gʻalla eksporti               | ozbekiston-galla-eksporti
uz      | O‘zbekiston g'alla eksporti               | ozbekiston-galla-eksporti
uz-Cyrl | Ўзбекистон ғалла экспорти                 | uzbekiston-ghalla-eksporti
zh      | 中亚贸易                                  | zhong-ya-mao-yi
zh-Hant | 中亞貿易                                  | zhong-ya-mao-yi
zh      | 2024年中亚Trade论坛                       | 2024-nian-zhong-ya-trade-lun-tan
en      | '  Hello, World!!! -- C++ & Rust: 2024/25 (draft) ' | hello-world-c-rust-2024-25-draft
en      | Crème brûlée in Straße                    | creme-brulee-in-strasse
en      | Astana's "Digital Silk Way" forum         | astanas-digital-silk-way-forum
kk-Latn | Qazaqstan älemdik naryqqa                 | qazaqstan-alemdik-naryqqa
ru      | Trans-Caspian route: ТМТМ                 | trans-caspian-route-tmtm
""")
  void shouldTransliterateTitlesToAsciiSlugs(String tag, String title, String slug) {
    assertEquals(slug, slugs.slugFor(title, languages.require(tag)));
  }

  @ParameterizedTest(name = "{0} uses {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ru      | ru-ru_Latn/BGN; Any-Latin; Latin-ASCII
          kk      | kk-kk_Latn/BGN; Any-Latin; Latin-ASCII
          uz-Cyrl | uz_Cyrl-uz/BGN; Any-Latin; Latin-ASCII
          zh      | Han-Latin; Any-Latin; Latin-ASCII
          zh-Hant | Han-Latin; Any-Latin; Latin-ASCII
          uz      | Any-Latin; Latin-ASCII
          kk-Latn | Any-Latin; Latin-ASCII
          en      | Any-Latin; Latin-ASCII
          """)
  void shouldPickTheTransformByLanguageAndScript(String tag, String transformId) {
    assertEquals(transformId, SlugTransliterator.transformId(languages.require(tag)));
  }

  @Test
  void shouldUseTheSameBgnTransformsIcuNamesInEnglish() {
    String russian = "Щёлково, Хабаровск, подъезд";
    assertEquals(
        Transliterator.getInstance("Russian-Latin/BGN").transliterate(russian),
        Transliterator.getInstance("ru-ru_Latn/BGN").transliterate(russian));
    String uzbek = "Ўзбекистон ғалла";
    assertEquals(
        Transliterator.getInstance("Uzbek-Latin/BGN").transliterate(uzbek),
        Transliterator.getInstance("uz_Cyrl-uz/BGN").transliterate(uzbek));
  }

  @Test
  void shouldFindBgnForANewCyrillicLanguageWithoutCodeChange() {
    LanguageSet withKyrgyz = LanguageSet.of(List.of("en", "ky"), "en", null, null);
    Language kyrgyz = withKyrgyz.require("ky");
    assertEquals("ky-ky_Latn/BGN; Any-Latin; Latin-ASCII", SlugTransliterator.transformId(kyrgyz));
    assertEquals("kyrgyzstan", slugs.slugFor("Кыргызстан", kyrgyz));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "!!! ??? —", "«»"})
  void shouldFallBackToArticleWhenNothingIsLeft(String title) {
    assertEquals("article", slugs.slugFor(title, languages.require("en")));
  }

  @Test
  void shouldCutLongTitlesAtAWordBoundary() {
    String title =
        "Средний коридор: грузы через Каспий, Казахстан и Азербайджан подписали соглашение"
            + " о развитии транспортного маршрута";
    String slug = slugs.slugFor(title, languages.require("ru"));
    assertEquals("sredniy-koridor-gruzy-cherez-kaspiy-kazakhstan-i-azerbaydzhan-podpisali", slug);
    assertTrue(SlugTransliterator.isValidSlug(slug));
  }

  @Test
  void shouldCutASingleHugeWordAtTheLimit() {
    String slug = slugs.slugFor("a".repeat(200), languages.require("en"));
    assertEquals("a".repeat(80), slug);
  }

  @Test
  void shouldOnlyReadTheBeginningOfAHugeTitle() {
    String slug = slugs.slugFor("中亚贸易 ".repeat(100_000), languages.require("zh"));
    assertTrue(slug.startsWith("zhong-ya-mao-yi-zhong"), slug);
    assertTrue(SlugTransliterator.isValidSlug(slug), slug);
  }

  @Test
  void shouldGiveTheSameSlugsFromManyThreads() throws Exception {
    Language russian = languages.require("ru");
    String expected = "sredniy-koridor-gruzy-cherez-kaspiy";
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  200, () -> slugs.slugFor("Средний коридор: грузы через Каспий", russian)));
      for (Future<String> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "article", "sredniy-koridor", "2024-nian-zhong-ya", "x1-y2-z3"})
  void shouldAcceptWellFormedSlugs(String slug) {
    assertTrue(SlugTransliterator.isValidSlug(slug));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"-a", "a-", "a--b", "A-b", "a_b", "a b", "ая", "a/b"})
  void shouldRejectMalformedSlugs(String slug) {
    assertFalse(SlugTransliterator.isValidSlug(slug));
  }

  @Test
  void shouldRejectSlugsLongerThanEightyCharacters() {
    assertTrue(SlugTransliterator.isValidSlug("a".repeat(80)));
    assertFalse(SlugTransliterator.isValidSlug("a".repeat(81)));
  }
}
