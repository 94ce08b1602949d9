package dev.tilmash.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.article.VersionContent;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The XLIFF blocks walk a body recursively, so they only ever see one within the body's nesting
 * limit: a deeper body, or a translated unit that would make one, is the body's own problem.
 */
class DeepBlocksTest {

  @Test
  void shouldCutABodyNestedWithinTheLimitIntoItsQuotedParagraph() {
    String body = "> ".repeat(40) + "Trade grew by 12%.";

    List<ArticleBlocks.Block> blocks = ArticleBlocks.of(new VersionContent("Trade", "", body));

    assertEquals(2, blocks.size());
    assertEquals("quote", blocks.get(1).name());
  }

  @Test
  void shouldRefuseToCutABodyNestedDeeperThanTheLimit() {
    VersionContent deep = new VersionContent("Trade", "", "> ".repeat(15_000) + "Wheat.");

    ProblemException refused = assertThrows(ProblemException.class, () -> ArticleBlocks.of(deep));

    assertEquals(ProblemType.BODY_TOO_DEEP, refused.type());
  }

  @Test
  void shouldRefuseATranslatedUnitNestedDeeperThanTheLimit() {
    String unit = "*a ".repeat(20_000) + "пшеница" + " a*".repeat(20_000);

    ProblemException refused =
        assertThrows(
            ProblemException.class, () -> ArticleBlocks.rebuild("Wheat.\n", Map.of("b1", unit)));

    assertEquals(ProblemType.BODY_TOO_DEEP, refused.type());
  }
}
