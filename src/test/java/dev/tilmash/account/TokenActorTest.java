package dev.tilmash.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the domain sees a caller with an API token. */
class TokenActorTest {
  private static final Set<String> ALL = Set.of("en", "ru", "kk", "uz", "zh");

  @Test
  void shouldGiveATokenOnItsOwnTheRolesItsScopesStandInForInItsLanguages() {
    Actor connector = Actor.of(grant(Set.of(Scope.XLIFF_WRITE), Set.of("kk"), null), ALL);
    assertEquals("token:agency", connector.username());
    assertEquals(Set.of(Role.TRANSLATOR), connector.roles());
    assertTrue(connector.translates("kk"));
    assertFalse(connector.translates("ru"));
    assertDoesNotThrow(() -> connector.requireWriter("kk"));
    assertProblem(ProblemType.MISSING_LANGUAGE, () -> connector.requireWriter("ru"));
    assertProblem(ProblemType.MISSING_ROLE, () -> connector.require(Role.EDITOR));

    Actor hooks = Actor.of(grant(Set.of(Scope.WEBHOOKS_MANAGE), Set.of(), null), ALL);
    assertEquals(Set.of(Role.ADMIN), hooks.roles());
    Actor delivery = Actor.of(grant(Set.of(Scope.ARTICLES_READ), Set.of(), null), ALL);
    assertEquals(Set.of(), delivery.roles());
    assertProblem(ProblemType.MISSING_ROLE, () -> delivery.requireWriter("en"));
  }

  @Test
  void shouldCoverEveryLanguageWhenATokenOnItsOwnNamesNone() {
    Actor preview = Actor.of(grant(Set.of(Scope.CONTENT_PREVIEW), Set.of(), null), ALL);
    assertEquals(ALL, preview.languages());
    assertTrue(preview.covers("zh"));
    assertDoesNotThrow(() -> preview.requireWriter("zh"));
  }

  @Test
  void shouldBoundAUserActedAsByTheTokensLanguages() {
    Actor editor = new Actor("editor", Set.of(Role.EDITOR), Set.of());
    Actor throughToken = editor.through(grant(Set.of(Scope.XLIFF_WRITE), Set.of("uz"), "editor"));
    assertEquals("editor", throughToken.username());
    assertTrue(throughToken.is(Role.EDITOR));
    assertDoesNotThrow(() -> throughToken.requireWriter("uz"));
    assertProblem(ProblemType.MISSING_LANGUAGE, () -> throughToken.requireWriter("ru"));

    Actor translator = new Actor("translator.ru", Set.of(Role.TRANSLATOR), Set.of("ru"));
    Actor unbound = translator.through(grant(Set.of(), Set.of(), "translator.ru"));
    assertTrue(unbound.translates("ru"));
    assertFalse(unbound.translates("kk"));
    Actor elsewhere = translator.through(grant(Set.of(), Set.of("kk"), "translator.ru"));
    assertFalse(elsewhere.translates("ru"), "the token's languages bound the user's");
    assertFalse(elsewhere.translates("kk"), "and never add to them");
  }

  @Test
  void shouldLeavePeopleUnbound() {
    Actor person = new Actor("translator.kk", Set.of(Role.TRANSLATOR), Set.of("kk"));
    assertEquals(null, person.token());
    assertTrue(person.covers("ru"));
    assertProblem(ProblemType.MISSING_LANGUAGE, () -> person.requireWriter("ru"));
  }

  private static TokenGrant grant(Set<Scope> scopes, Set<String> languages, String actAs) {
    return new TokenGrant("t1", "agency", scopes, languages, actAs);
  }

  private static void assertProblem(ProblemType type, Runnable action) {
    assertEquals(type, assertThrows(ProblemException.class, action::run).type());
  }
}
