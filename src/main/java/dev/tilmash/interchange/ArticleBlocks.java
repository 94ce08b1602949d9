package dev.tilmash.interchange;

import dev.tilmash.article.VersionContent;
import dev.tilmash.text.BodyBlock;
import dev.tilmash.text.Inline;
import dev.tilmash.text.MarkdownBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts a version's words into the units a translator translates: the title, the summary, and each
 * {@link BodyBlock} of the Markdown body, in document order, with ids that depend only on that
 * order ({@code title}, {@code summary}, {@code b1}, {@code b2}, …). Going back, {@link #rebuild}
 * puts translated units into the same body.
 */
public final class ArticleBlocks {
  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";

  /** One translatable piece: its unit id, what kind of block it is, and its content. */
  public record Block(String id, String name, List<Inline> content) {}

  private ArticleBlocks() {}

  public static List<Block> of(VersionContent content) {
    List<Block> blocks = new ArrayList<>();
    if (!content.title().isBlank()) {
      blocks.add(plain(TITLE, content.title()));
    }
    if (!content.summary().isBlank()) {
      blocks.add(plain(SUMMARY, content.summary()));
    }
    List<BodyBlock> body = MarkdownBlocks.read(content.body());
    for (int i = 0; i < body.size(); i++) {
      blocks.add(new Block(bodyId(i), body.get(i).name(), body.get(i).content()));
    }
    return blocks;
  }

  /**
   * The body with each translatable block's content replaced: {@code translations} maps a block id
   * to its Markdown; a block without one is left out (with a list item or quote it empties).
   */
  public static String rebuild(String body, Map<String, String> translations) {
    return MarkdownBlocks.rebuild(body, i -> translations.get(bodyId(i)));
  }

  /** A title or summary: plain text, never Markdown. */
  private static Block plain(String id, String text) {
    return new Block(id, id, List.of(new Inline.Text(text.replaceAll("\\s+", " ").strip())));
  }

  static boolean isBodyId(String id) {
    return id.matches("b[1-9][0-9]*");
  }

  private static String bodyId(int index) {
    return "b" + (index + 1);
  }
}
