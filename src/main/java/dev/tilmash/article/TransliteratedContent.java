package dev.tilmash.article;

import dev.tilmash.text.BodyNesting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The words of a version written in another script: title, summary and the text of the body go
 * through a transliteration, everything else is kept character for character.
 *
 * <p>The body is Markdown. It is parsed with source positions, and only the text runs are replaced
 * in the original Markdown: headings, emphasis, list and quote markers, link destinations and
 * titles, code spans and blocks, HTML, character references ({@code &amp;}) and backslash escapes
 * stay as they were written. Link text and image descriptions are words and are transliterated,
 * except where the text is also the link's label ({@code [Toshkent]}, {@code [Toshkent][]}) or its
 * address ({@code <https://gov.uz>}), since changing it would break the link.
 */
final class TransliteratedContent {
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  /** Markdown syntax that can hide inside a text run: character references, escapes. */
  private static final Pattern SYNTAX =
      Pattern.compile(
          "&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{0,31});"
              + "|\\\\[!-/:-@\\[-`{-~]");

  private TransliteratedContent() {}

  static VersionContent of(VersionContent words, UnaryOperator<String> transliterate) {
    return new VersionContent(
        transliterate.apply(words.title()),
        transliterate.apply(words.summary()),
        body(words.body(), transliterate));
  }

  /** The Markdown with its text runs transliterated and its syntax untouched. */
  static String body(String markdown, UnaryOperator<String> transliterate) {
    List<SourceSpan> runs = new ArrayList<>();
    BodyNesting.parse(PARSER, markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Text text) {
                if (!isAddress(text)) {
                  runs.addAll(text.getSourceSpans());
                }
              }

              @Override
              public void visit(Link link) {
                if (!isOwnLabel(link, markdown)) {
                  visitChildren(link);
                }
              }

              @Override
              public void visit(Image image) {
                if (!isOwnLabel(image, markdown)) {
                  visitChildren(image);
                }
              }
            });
    runs.sort(Comparator.comparingInt(SourceSpan::getInputIndex).reversed());
    StringBuilder out = new StringBuilder(markdown);
    for (SourceSpan run : runs) {
      int start = run.getInputIndex();
      int end = start + run.getLength();
      out.replace(start, end, words(markdown.substring(start, end), transliterate));
    }
    return out.toString();
  }

  /** One text run as written, with the syntax inside it kept. */
  private static String words(String run, UnaryOperator<String> transliterate) {
    StringBuilder out = new StringBuilder(run.length() + 8);
    Matcher syntax = SYNTAX.matcher(run);
    int done = 0;
    while (syntax.find()) {
      out.append(transliterate.apply(run.substring(done, syntax.start()))).append(syntax.group());
      done = syntax.end();
    }
    return out.append(transliterate.apply(run.substring(done))).toString();
  }

  /** The text of an autolink ({@code <https://…>}, {@code <name@host>}) is its address. */
  private static boolean isAddress(Text text) {
    if (text.getParent() instanceof Link link) {
      String destination = link.getDestination();
      return destination.equals(text.getLiteral())
          || destination.equals("mailto:" + text.getLiteral());
    }
    return false;
  }

  /**
   * A shortcut or collapsed reference ({@code [label]}, {@code [label][]}) uses its text as the
   * label that finds the link definition; inline links end with {@code )} and full references
   * ({@code [text][label]}) name the label separately.
   */
  private static boolean isOwnLabel(Node link, String markdown) {
    List<SourceSpan> spans = link.getSourceSpans();
    if (spans.isEmpty()) {
      return false;
    }
    SourceSpan last = spans.get(spans.size() - 1);
    String source =
        markdown.substring(spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength());
    return !source.endsWith(")") && (source.endsWith("[]") || !source.contains("]["));
  }
}
