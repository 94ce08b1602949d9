package dev.tilmash.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {
  @Test
  void shouldParseEveryScopeOfTheContract() {
    assertEquals(
        Set.of(Scope.values()),
        Scope.parse(
            List.of(
                "content:preview",
                "xliff:read",
                "xliff:write",
                "webhooks:manage",
                "articles:read")));
    assertEquals(Set.of(), Scope.parse(List.of()));
  }

  @Test
  void shouldRefuseAnUnknownScopeNamingIt() {
    ProblemException refused =
        assertThrows(
            ProblemException.class, () -> Scope.parse(List.of("xliff:read", "users:manage")));
    assertEquals(ProblemType.UNKNOWN_SCOPE, refused.type());
    assertEquals(400, refused.type().status());
    assertEquals("users:manage", refused.arguments().get("scope"));
    assertEquals(
        ProblemType.INVALID_FIELD,
        assertThrows(ProblemException.class, () -> Scope.parse(Arrays.asList("x", null))).type());
  }

  @Test
  void shouldAuditOnlyTheManagementScopes() {
    assertTrue(Scope.WEBHOOKS_MANAGE.management());
    assertTrue(Scope.XLIFF_WRITE.management());
    assertFalse(Scope.XLIFF_READ.management());
    assertFalse(Scope.CONTENT_PREVIEW.management());
    assertFalse(Scope.ARTICLES_READ.management());
  }
}
