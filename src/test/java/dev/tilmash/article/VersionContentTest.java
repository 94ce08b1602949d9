package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The content hash tells an unchanged save from a real one. */
class VersionContentTest {

  private final VersionContent words = new VersionContent("Forum", "Short", "# Body\n\nText.");

  @Test
  void shouldHashTheSameWordsTheSameWay() {
    assertEquals(words.hash(), new VersionContent("Forum", "Short", "# Body\n\nText.").hash());
    assertEquals(words.hash(), words.hash());
  }

  @Test
  void shouldHashAsHexSha256() {
    assertTrue(words.hash().matches("[0-9a-f]{64}"), words.hash());
  }

  @Test
  void shouldChangeTheHashWithTheTitle() {
    assertNotEquals(words.hash(), new VersionContent("Forum!", "Short", "# Body\n\nText.").hash());
  }

  @Test
  void shouldChangeTheHashWithTheSummary() {
    assertNotEquals(words.hash(), new VersionContent("Forum", "Shorter", "# Body\n\nText.").hash());
  }

  @Test
  void shouldChangeTheHashWithTheBody() {
    assertNotEquals(words.hash(), new VersionContent("Forum", "Short", "# Body\n\nText!").hash());
  }

  @Test
  void shouldChangeTheHashWhenTextMovesBetweenFields() {
    VersionContent a = new VersionContent("ab", "c", "d");
    VersionContent b = new VersionContent("a", "bc", "d");
    VersionContent c = new VersionContent("a", "b", "cd");

    assertNotEquals(a.hash(), b.hash());
    assertNotEquals(b.hash(), c.hash());
    assertNotEquals(a.hash(), c.hash());
  }

  @Test
  void shouldChangeTheHashWithOneCyrillicLetter() {
    assertNotEquals(
        new VersionContent("Қазақстан", "", "").hash(),
        new VersionContent("Казакстан", "", "").hash());
  }

  @Test
  void shouldIgnoreSpaceAroundTitleAndSummaryButNotInTheBody() {
    assertEquals(
        words.hash(), new VersionContent("  Forum\n", " Short ", "# Body\n\nText.").hash());
    assertNotEquals(words.hash(), new VersionContent("Forum", "Short", "# Body\n\nText.\n").hash());
  }

  @Test
  void shouldTreatMissingFieldsAsEmpty() {
    VersionContent missing = new VersionContent(null, null, null);

    assertEquals(new VersionContent("", "", ""), missing);
    assertEquals(new VersionContent("", "", "").hash(), missing.hash());
  }
}
