package dev.tilmash.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tilmash.article.VersionContent;
import dev.tilmash.text.MarkdownBody;
import dev.tilmash.text.MarkdownInlines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleBlocksTest {

  @Test
  void shouldMakeAUnitPerFieldAndBlockInDocumentOrder() {
    List<ArticleBlocks.Block> blocks = ArticleBlocks.of(XliffFixtures.SOURCE);
    assertEquals(
        List.of("title", "summary", "b1", "b2", "b3", "b4", "b5", "b6"),
        blocks.stream().map(ArticleBlocks.Block::id).toList());
    assertEquals(
        List.of(
            "title",
            "summary",
            "paragraph",
            "heading-2",
            "list-item",
            "list-item",
            "quote",
            "paragraph"),
        blocks.stream().map(ArticleBlocks.Block::name).toList());
  }

  @Test
  void shouldLeaveOutAnEmptySummary() {
    List<ArticleBlocks.Block> blocks = ArticleBlocks.of(new VersionContent("Title", "", "Body."));
    assertEquals(List.of("title", "b1"), blocks.stream().map(ArticleBlocks.Block::id).toList());
  }

  @Test
  void shouldRebuildEveryDemoBodyUnchangedFromItsOwnUnits() {
    for (String name : DemoArticles.NAMES) {
      for (String lang : DemoArticles.LANGUAGES) {
        VersionContent content = DemoArticles.load(name, lang);
        Map<String, String> same = new HashMap<>();
        for (ArticleBlocks.Block block : ArticleBlocks.of(content)) {
          same.put(block.id(), MarkdownInlines.write(block.content()));
        }
        String rebuilt = ArticleBlocks.rebuild(content.body(), same);
        assertEquals(
            MarkdownBody.toSafeHtml(content.body()),
            MarkdownBody.toSafeHtml(rebuilt),
            name + "." + lang);
      }
    }
  }

  @Test
  void shouldDropUntranslatedBlocksAndTheListItemsTheyEmpty() {
    Map<String, String> some = Map.of("b1", "Первый абзац.", "b4", "второй пункт");
    String rebuilt = ArticleBlocks.rebuild(XliffFixtures.SOURCE.body(), some);
    String html = MarkdownBody.toSafeHtml(rebuilt);
    assertEquals(
        "<p>Первый абзац.</p>\n<ul>\n<li>второй пункт</li>\n</ul>\n<pre><code>code stays\n</code></pre>",
        html);
    assertFalse(html.contains("<blockquote>"));
  }
}
