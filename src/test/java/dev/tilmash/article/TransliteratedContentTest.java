package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.language.Language;
import dev.tilmash.language.ScriptTransliterator;
import dev.tilmash.text.MarkdownBody;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A derived body: the words change script, the Markdown around them stays as it was written. */
class TransliteratedContentTest {
  private static final UnaryOperator<String> UZBEK_CYRILLIC =
      ScriptTransliterator.between(
                  new Language("uz", List.of(), null), new Language("uz-Cyrl", List.of(), "uz"))
              .orElseThrow()
          ::transliterate;

  private static String body(String markdown) {
    return TransliteratedContent.body(markdown, UZBEK_CYRILLIC);
  }

  @Test
  void shouldTransliterateTitleSummaryAndBody() {
    VersionContent words =
        TransliteratedContent.of(
            new VersionContent("Savdo forumi", "Qisqacha mazmun", "Toshkent *shahri*."),
            UZBEK_CYRILLIC);

    assertEquals(new VersionContent("Савдо форуми", "Қисқача мазмун", "Тошкент *шаҳри*."), words);
  }

  @Test
  void shouldKeepHeadingsEmphasisListsAndQuotes() {
    assertEquals(
        "## Рақамлар\n\n- **4 миллион** тонна\n- тахминан _50 минг_\n\n> Янги давр\n",
        body("## Raqamlar\n\n- **4 million** tonna\n- taxminan _50 ming_\n\n> Yangi davr\n"));
  }

  @Test
  void shouldKeepLinkTargetsAndTitlesButTransliterateLinkText() {
    assertEquals(
        "[Тошкент шаҳри](https://tashkent.uz/yangiliklar \"Toshkent\") ҳақида.",
        body("[Toshkent shahri](https://tashkent.uz/yangiliklar \"Toshkent\") haqida."));
    assertEquals(
        "![Тошкент харитаси](/media/toshkent-xarita.png)",
        body("![Toshkent xaritasi](/media/toshkent-xarita.png)"));
  }

  @Test
  void shouldKeepAutolinksAndBareAddresses() {
    assertEquals(
        "Манба: <https://gov.uz/oz> ва https://uza.uz/oz/posts/yangi, <info@gov.uz>.",
        body("Manba: <https://gov.uz/oz> va https://uza.uz/oz/posts/yangi, <info@gov.uz>."));
  }

  @Test
  void shouldKeepCodeSpansAndCodeBlocks() {
    assertEquals(
        "Буйруқ `tilmash derive` ишлайди.\n\n```shell\necho yangi\n```\n\n    kod bloki\n",
        body("Buyruq `tilmash derive` ishlaydi.\n\n```shell\necho yangi\n```\n\n    kod bloki\n"));
  }

  @Test
  void shouldKeepHtmlEntitiesAndEscapes() {
    assertEquals(
        "Савдо &amp; транзит \\*юлдузча\\* <span class=\"note\">изоҳ</span>",
        body("Savdo &amp; tranzit \\*yulduzcha\\* <span class=\"note\">izoh</span>"));
  }

  @Test
  void shouldKeepReferenceLabelsThatMustStillFindTheirDefinition() {
    String markdown =
        "[Toshkent] va [poytaxt][] haqida [yangiliklar][toshkent].\n\n"
            + "[toshkent]: https://tashkent.uz\n[poytaxt]: https://gov.uz\n";
    assertEquals(
        "[Toshkent] ва [poytaxt][] ҳақида [янгиликлар][toshkent].\n\n"
            + "[toshkent]: https://tashkent.uz\n[poytaxt]: https://gov.uz\n",
        body(markdown));
  }

  @Test
  void shouldRenderTheSameStructureAsTheSiblingBody() {
    String latin =
        "# Forum\n\n1. Birinchi\n2. Ikkinchi [havola](https://example.uz)\n\n"
            + "Matn\r\nikkinchi qator.\n";
    String cyrillic = body(latin);

    assertEquals(
        "# Форум\n\n1. Биринчи\n2. Иккинчи [ҳавола](https://example.uz)\n\nМатн\r\nиккинчи қатор.\n",
        cyrillic);
    assertEquals(
        MarkdownBody.toSafeHtml(latin).replaceAll(">[^<]*<", "><"),
        MarkdownBody.toSafeHtml(cyrillic).replaceAll(">[^<]*<", "><"));
  }
}
