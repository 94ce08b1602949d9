package dev.tilmash.importing;

import java.util.List;
import java.util.Map;

/**
 * What a reader found in a file before any rule is applied.
 *
 * @param title the title the format itself marks ({@code <h1>}, front matter), or {@code null} when
 *     the first line of the text is the title
 * @param preamble blocks that come before a marked title (site name, menus, bylines)
 * @param blocks the blocks after the title, in order
 * @param declared metadata the file declares outside its text ({@code <meta name="author">}, front
 *     matter); lines in the text win over it
 * @param summary a summary the file declares ({@code <meta name="description">}), or {@code null}
 * @param dropped what the reader dropped already (HTML elements matched by element rules)
 * @param warnings what the reader has to say about the file
 */
record RawArticle(
    String title,
    List<Block> preamble,
    List<Block> blocks,
    Map<MetadataField, String> declared,
    String summary,
    List<DroppedLine> dropped,
    List<ImportWarning> warnings) {}
