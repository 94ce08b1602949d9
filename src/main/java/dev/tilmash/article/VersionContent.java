package dev.tilmash.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The words of one language version: what a revision freezes. Body is Markdown. */
public record VersionContent(String title, String summary, String body) {
  public VersionContent {
    title = title == null ? "" : title.strip();
    summary = summary == null ? "" : summary.strip();
    body = body == null ? "" : body;
  }

  /** A SHA-256 over the three fields, to see whether a save changed anything. */
  public String hash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {title, summary, body}) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
