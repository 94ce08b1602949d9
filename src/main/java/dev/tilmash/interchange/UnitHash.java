package dev.tilmash.interchange;

import dev.tilmash.text.Inline;
import dev.tilmash.text.MarkdownInlines;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprints an export records per unit: of its source (to see which units the source has
 * changed since) and of the targets as exported (to see which units the translator touched). Both
 * are taken over the Markdown the content stands for, so a CAT tool that renumbers codes or
 * rewrites {@code <pc>} as {@code <sc>}/{@code <ec>} changes neither.
 */
final class UnitHash {
  private static final String ABSENT = "\u2205";

  private UnitHash() {}

  static String source(List<Inline> content) {
    return of(MarkdownInlines.canonical(content));
  }

  static String targets(List<XliffDocument.Part> parts) {
    StringBuilder text = new StringBuilder();
    for (XliffDocument.Part part : parts) {
      if (part.segment()) {
        boolean empty = part.target() == null || part.target().isEmpty();
        text.append(empty ? ABSENT : MarkdownInlines.canonical(part.target())).append('\n');
      }
    }
    return of(text.toString());
  }

  static String of(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
