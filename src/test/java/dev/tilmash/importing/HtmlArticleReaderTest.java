package dev.tilmash.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {
  private final DebrisRules rules = DebrisRules.builtIn();

  @Test
  void shouldSplitParagraphsAtLineBreaks() {
    RawArticle page = read("<h1>T</h1><div>First paragraph.<br><br>Second<br>paragraph.</div>");
    assertEquals(List.of("First paragraph.", "Second", "paragraph."), markdown(page));
  }

  @Test
  void shouldWriteInlineFormattingAsMarkdown() {
    RawArticle page =
        read(
            "<h1>T</h1><p>A <b> bold </b>word, <i>italics</i>, <code>x=1</code>,"
                + " <a href='https://a.example/p?q=(1)'>a link</a>, <a href='#top'>an anchor</a>,"
                + " and 2*3 = 6 #1.</p>");
    assertEquals(
        List.of(
            "A **bold** word, *italics*, `x=1`, [a link](https://a.example/p?q=%281%29), an"
                + " anchor, and 2\\*3 = 6 \\#1."),
        markdown(page));
  }

  @Test
  void shouldNestListsAndQuoteQuotes() {
    RawArticle page =
        read(
            "<h1>T</h1><ol start='3'><li>three<ul><li>inner</li></ul></li><li>four</li></ol>"
                + "<blockquote><p>One.</p><p>Two.</p></blockquote><h4>Small heading</h4>");
    assertEquals(
        List.of("3. three\n   - inner\n4. four", "> One.\n>\n> Two.", "#### Small heading"),
        markdown(page));
  }

  @Test
  void shouldReadADataTableAsAListAndALayoutTableAsItsCells() {
    RawArticle data =
        read(
            "<h1>T</h1><table><tr><th>Year</th><th>Tonnes</th></tr><tr><td>2023</td><td>4.1 m</td></tr></table>");
    assertEquals(List.of("- Year — Tonnes\n- 2023 — 4.1 m"), markdown(data));
    RawArticle layout =
        read("<table><tr><td><h1>T</h1><p>Text.</p></td><td><p>More.</p></td></tr></table>");
    assertEquals(List.of("Text.", "More."), markdown(layout));
  }

  @Test
  void shouldKeepWhatComesBeforeTheTitleApart() {
    RawArticle page = read("<div>Site name</div><article><h1>The title</h1><p>Body.</p></article>");
    assertEquals("The title", page.title());
    assertEquals("Site name", page.preamble().get(0).lines().get(0).text());
    assertEquals(List.of("Body."), markdown(page));
  }

  @Test
  void shouldPreferTheHeadingOfTheArticleToTheSiteLogo() {
    RawArticle page =
        read("<header><h1>Steppe Courier</h1></header><main><h1>The story</h1><p>Body.</p></main>");
    assertEquals("The story", page.title());
  }

  @Test
  void shouldNeverDropTheElementThatHoldsTheTitle() {
    RawArticle page =
        read("<div class='social-news'><h1>Social policy changes</h1><p>Body.</p></div>");
    assertEquals("Social policy changes", page.title());
    assertEquals(List.of("Body."), markdown(page));
  }

  @Test
  void shouldTakeTheAuthorMetaTagOnlyAsAFallback() {
    RawArticle page = read("<head><meta name='author' content='Desk'></head><h1>T</h1>");
    assertEquals(Map.of(MetadataField.AUTHOR, "Desk"), page.declared());
    assertNull(page.summary());
  }

  private RawArticle read(String html) {
    return HtmlArticleReader.read(html, rules);
  }

  private static List<String> markdown(RawArticle page) {
    return page.blocks().stream().map(Block::markdown).toList();
  }
}
