package dev.tilmash.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What an actor may do, and how a refusal names what is missing. */
class ActorTest {

  private final Actor editor = new Actor("erin", Set.of(Role.EDITOR), Set.of());
  private final Actor translator =
      new Actor("tatiana", Set.of(Role.TRANSLATOR), Set.of("ru", "kk"));
  private final Actor admin = new Actor("aigerim", Set.of(Role.ADMIN), Set.of());

  @Test
  void shouldPassWhenTheRoleIsHeld() {
    assertDoesNotThrow(() -> editor.require(Role.EDITOR));
    assertDoesNotThrow(() -> translator.require(Role.TRANSLATOR));
    assertDoesNotThrow(() -> admin.require(Role.ADMIN));
  }

  @Test
  void shouldNameTheMissingRole() {
    ProblemException problem =
        assertProblem(ProblemType.MISSING_ROLE, () -> translator.require(Role.EDITOR));

    assertEquals(403, problem.type().status());
    assertEquals(Map.of("role", "editor"), problem.arguments());
    assertEquals(
        Map.of("role", "admin"),
        assertProblem(ProblemType.MISSING_ROLE, () -> editor.require(Role.ADMIN)).arguments());
  }

  @Test
  void shouldNotLetAdminActAsEditor() {
    assertProblem(ProblemType.MISSING_ROLE, () -> admin.require(Role.EDITOR));
  }

  @Test
  void shouldLetEditorsWriteEveryLanguage() {
    for (String language : Set.of("en", "ru", "kk", "uz", "zh", "uz-Cyrl")) {
      assertDoesNotThrow(() -> editor.requireWriter(language));
    }
  }

  @Test
  void shouldLetTranslatorsWriteTheirLanguages() {
    assertDoesNotThrow(() -> translator.requireWriter("ru"));
    assertDoesNotThrow(() -> translator.requireWriter("kk"));
    assertTrue(translator.translates("ru"));
  }

  @Test
  void shouldNameTheLanguageMissingFromTheTranslatorsScope() {
    ProblemException problem =
        assertProblem(ProblemType.MISSING_LANGUAGE, () -> translator.requireWriter("zh"));

    assertEquals(403, problem.type().status());
    assertEquals(Map.of("language", "zh"), problem.arguments());
    assertFalse(translator.translates("zh"));
  }

  @Test
  void shouldNameTheWriterRolesWhenActorWritesNothing() {
    ProblemException problem =
        assertProblem(ProblemType.MISSING_ROLE, () -> admin.requireWriter("ru"));

    assertEquals(Map.of("role", "translator|editor"), problem.arguments());
  }

  @Test
  void shouldIgnoreLanguageScopeWithoutTheTranslatorRole() {
    Actor adminWithScope = new Actor("aigerim", Set.of(Role.ADMIN), Set.of("ru"));

    assertFalse(adminWithScope.translates("ru"));
    assertProblem(ProblemType.MISSING_ROLE, () -> adminWithScope.requireWriter("ru"));
  }

  @Test
  void shouldHoldSeveralRoles() {
    Actor both = new Actor("bolat", Set.of(Role.TRANSLATOR, Role.ADMIN), Set.of("uz"));

    assertTrue(both.is(Role.ADMIN));
    assertTrue(both.is(Role.TRANSLATOR));
    assertFalse(both.is(Role.EDITOR));
    assertDoesNotThrow(() -> both.requireWriter("uz"));
    assertProblem(ProblemType.MISSING_LANGUAGE, () -> both.requireWriter("ru"));
  }

  @Test
  void shouldNotChangeWhenTheSetsItWasBuiltFromChange() {
    Set<Role> roles = new HashSet<>(Set.of(Role.TRANSLATOR));
    Set<String> languages = new HashSet<>(Set.of("ru"));
    Actor actor = new Actor("tatiana", roles, languages);

    roles.add(Role.EDITOR);
    languages.add("zh");

    assertFalse(actor.is(Role.EDITOR));
    assertFalse(actor.translates("zh"));
    assertThrows(UnsupportedOperationException.class, () -> actor.roles().add(Role.ADMIN));
  }

  @Test
  void shouldUseLowerCaseRoleIds() {
    assertEquals("admin", Role.ADMIN.id());
    assertEquals("editor", Role.EDITOR.id());
    assertEquals("translator", Role.TRANSLATOR.id());
  }

  private static ProblemException assertProblem(ProblemType type, Executable executable) {
    ProblemException problem = assertThrows(ProblemException.class, executable);
    assertEquals(type, problem.type(), problem::getMessage);
    return problem;
  }
}
