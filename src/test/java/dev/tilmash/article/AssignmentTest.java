package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.article.Versions.Situation;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may assign a Russian version, and to whom it may be given. */
class AssignmentTest {
  private final Versions versions = new Versions();

  @Test
  void shouldGiveTheVersionToATranslatorOfItsLanguage() {
    LanguageVersion ru = versions.translation(1);

    String before = ru.assign(Staff.EDITOR.actor(), Staff.TRANSLATOR_OF_THE_LANGUAGE.actor());

    assertNull(before);
    assertEquals("tatiana", ru.assignee());
  }

  @Test
  void shouldGiveTheVersionToAnEditorAndSayWhoHadItBefore() {
    LanguageVersion ru = versions.translation(1);
    ru.assign(Staff.EDITOR.actor(), Staff.TRANSLATOR_OF_THE_LANGUAGE.actor());

    String before = ru.assign(Staff.EDITOR.actor(), Staff.SECOND_EDITOR.actor());

    assertEquals("tatiana", before);
    assertEquals("eldar", ru.assignee());
  }

  @Test
  void shouldTakeTheVersionBackWithNoOne() {
    LanguageVersion ru = versions.translation(1);
    ru.assign(Staff.EDITOR.actor(), Staff.TRANSLATOR_OF_THE_LANGUAGE.actor());

    assertEquals("tatiana", ru.assign(Staff.EDITOR.actor(), null));
    assertNull(ru.assignee());
  }

  @Test
  void shouldRefuseATranslatorOfAnotherLanguageNamingTheLanguage() {
    LanguageVersion ru = versions.translation(1);

    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> ru.assign(Staff.EDITOR.actor(), Staff.TRANSLATOR_OF_ANOTHER_LANGUAGE.actor()));

    assertEquals(ProblemType.NOT_ASSIGNABLE, refused.type());
    assertEquals("language", refused.arguments().get("reason"));
    assertEquals("ru", refused.arguments().get("language"));
    assertEquals("timur", refused.arguments().get("username"));
    assertNull(ru.assignee());
  }

  @Test
  void shouldRefuseSomeoneWhoNeitherTranslatesNorEditsNamingTheRole() {
    LanguageVersion ru = versions.translation(1);

    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> ru.assign(Staff.EDITOR.actor(), Staff.ADMIN_ONLY.actor()));

    assertEquals(ProblemType.NOT_ASSIGNABLE, refused.type());
    assertEquals("role", refused.arguments().get("reason"));
  }

  @Test
  void shouldLetOnlyEditorsAssign() {
    LanguageVersion ru = versions.translation(1);
    Actor translator = Staff.TRANSLATOR_OF_THE_LANGUAGE.actor();

    ProblemException refused =
        assertThrows(ProblemException.class, () -> ru.assign(translator, translator));

    assertEquals(ProblemType.MISSING_ROLE, refused.type());
    assertEquals("editor", refused.arguments().get("role"));
    assertNull(ru.assignee());
  }

  @Test
  void shouldCountAnAdminWhoTranslatesTheLanguageAsATranslator() {
    LanguageVersion ru = versions.translation(1);
    Actor adminTranslator = new Actor("asel", Set.of(Role.ADMIN, Role.TRANSLATOR), Set.of("ru"));

    ru.assign(Staff.EDITOR.actor(), adminTranslator);

    assertEquals("asel", ru.assignee());
  }

  @Test
  void shouldAssignNoOneToAnArchivedVersionButMayTakeItBack() {
    LanguageVersion ru = versions.translation(1);
    ru.assign(Staff.EDITOR.actor(), Staff.TRANSLATOR_OF_THE_LANGUAGE.actor());
    versions.step(ru, WorkflowAction.ARCHIVE, Staff.EDITOR);

    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> ru.assign(Staff.EDITOR.actor(), Staff.SECOND_EDITOR.actor()));
    assertEquals(ProblemType.WRONG_WORKFLOW_STEP, refused.type());
    assertEquals("ARCHIVED", refused.arguments().get("state"));

    ru.assign(Staff.EDITOR.actor(), null);
    assertNull(ru.assignee());
  }

  @Test
  void shouldAssignInEveryStateButArchived() {
    for (Situation situation : Situation.values()) {
      if (situation == Situation.ARCHIVED) {
        continue;
      }
      LanguageVersion ru = new Versions().translationIn(situation);
      ru.assign(Staff.EDITOR.actor(), Staff.TRANSLATOR_OF_THE_LANGUAGE.actor());
      assertEquals("tatiana", ru.assignee(), situation::name);
      assertEquals(situation.state(), ru.state(), "assigning takes no workflow step");
    }
  }
}
