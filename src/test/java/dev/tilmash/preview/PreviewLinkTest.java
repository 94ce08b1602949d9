package dev.tilmash.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PreviewLinkTest {
  private static final byte[] KEY =
      "a key of thirty-two bytes, or so".getBytes(StandardCharsets.UTF_8);
  private static final String ARTICLE = "0b6f3c1e-2a4d-4f6e-9a7b-1c2d3e4f5a6b";
  private static final long EXPIRES = 1_796_000_000L;

  @Test
  void shouldVerifyTheSignatureItMade() {
    PreviewLink link = new PreviewLink(ARTICLE, "kk", "working", EXPIRES);
    String signature = link.signature(KEY);
    assertTrue(signature.matches("[A-Za-z0-9_-]{43}"), signature);
    assertTrue(PreviewLink.parse(ARTICLE, "kk", "working", "" + EXPIRES).signedBy(KEY, signature));
  }

  @Test
  void shouldRefuseALinkChangedInAnyPart() {
    String signature = new PreviewLink(ARTICLE, "kk", "3", EXPIRES).signature(KEY);
    assertFalse(new PreviewLink(ARTICLE, "ru", "3", EXPIRES).signedBy(KEY, signature));
    assertFalse(new PreviewLink(ARTICLE, "kk", "4", EXPIRES).signedBy(KEY, signature));
    assertFalse(new PreviewLink(ARTICLE, "kk", "working", EXPIRES).signedBy(KEY, signature));
    assertFalse(new PreviewLink(ARTICLE, "kk", "3", EXPIRES + 1).signedBy(KEY, signature));
    assertFalse(
        new PreviewLink(ARTICLE.replace('b', 'c'), "kk", "3", EXPIRES).signedBy(KEY, signature));
    assertFalse(
        new PreviewLink(ARTICLE, "kk", "3", EXPIRES)
            .signedBy("another key".getBytes(StandardCharsets.UTF_8), signature));
    assertFalse(new PreviewLink(ARTICLE, "kk", "3", EXPIRES).signedBy(KEY, null));
    assertFalse(new PreviewLink(ARTICLE, "kk", "3", EXPIRES).signedBy(KEY, signature + "x"));
    assertNotEquals(signature, new PreviewLink(ARTICLE, "kk", "3", EXPIRES + 1).signature(KEY));
  }

  @Test
  void shouldParseOnlyLinksOfTheRightShape() {
    PreviewLink working = PreviewLink.parse(ARTICLE, "kk", "working", "1796000000");
    assertNull(working.revisionNumber());
    assertEquals(Instant.ofEpochSecond(EXPIRES), working.expiresAt());
    assertEquals(7, PreviewLink.parse(ARTICLE, "kk", "7", "1").revisionNumber());
    assertNull(PreviewLink.parse(ARTICLE, "kk", null, "1"));
    assertNull(PreviewLink.parse(ARTICLE, "kk", "working", null));
    assertNull(PreviewLink.parse(ARTICLE, "kk", "0", "1"));
    assertNull(PreviewLink.parse(ARTICLE, "kk", "-2", "1"));
    assertNull(PreviewLink.parse(ARTICLE, "kk", "latest", "1"));
    assertNull(PreviewLink.parse(ARTICLE, "kk", "3", "soon"));
    assertNull(PreviewLink.parse(ARTICLE, "kk", "3", "99999999999999999999"));
  }
}
