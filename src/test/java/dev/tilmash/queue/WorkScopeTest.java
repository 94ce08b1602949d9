package dev.tilmash.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose work a work list shows. */
class WorkScopeTest {

  @Test
  void shouldCoverATranslatorsLanguages() {
    WorkScope scope =
        WorkScope.of(new Actor("translator.kk", Set.of(Role.TRANSLATOR), Set.of("kk", "ru")));

    assertEquals("translator.kk", scope.username());
    assertEquals(Set.of("kk", "ru"), scope.languages());
  }

  @Test
  void shouldCoverOnlyWhatIsAssignedToAnEditor() {
    WorkScope scope = WorkScope.of(new Actor("editor", Set.of(Role.EDITOR), Set.of("kk")));

    assertEquals("editor", scope.username());
    assertEquals(Set.of(), scope.languages(), "an editor's scope is not a translator's");
  }

  @Test
  void shouldCoverTheLanguagesOfAnEditorWhoAlsoTranslates() {
    WorkScope scope =
        WorkScope.of(new Actor("both", Set.of(Role.EDITOR, Role.TRANSLATOR), Set.of("uz")));

    assertEquals(Set.of("uz"), scope.languages());
  }

  @Test
  void shouldRefuseSomeoneWhoNeitherTranslatesNorEdits() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> WorkScope.of(new Actor("admin", Set.of(Role.ADMIN), Set.of("ru"))));

    assertEquals(ProblemType.MISSING_ROLE, refused.type());
    assertEquals("translator|editor", refused.arguments().get("role"));
  }

  @Test
  void shouldDescribeEveryChangeOfAssignee() {
    assertEquals("assigned to translator.kk", AssignmentService.detail(null, "translator.kk"));
    assertEquals(
        "assigned to editor (was translator.kk)",
        AssignmentService.detail("translator.kk", "editor"));
    assertEquals("unassigned translator.kk", AssignmentService.detail("translator.kk", null));
  }
}
