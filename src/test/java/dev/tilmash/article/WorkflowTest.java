package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.article.Versions.Situation;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every action, from every situation, by every kind of actor, against the workflow table of
 * product.md. The expected table below is written from the specification, not read from {@link
 * Workflow}: a cell names the state the action reaches and who may take it (W: a translator of the
 * version's language or an editor, E: an editor), {@code -} means the action is not possible.
 * Unpublishing a version that is being revised while a revision is live keeps the state.
 */
class WorkflowTest {

  private static final String TABLE =
      """
situation                    | edit                  | submit       | request-changes      | approve     | publish      | unpublish             | archive
DRAFT                        | DRAFT W               | IN_REVIEW W  | -                    | -           | -            | -                     | ARCHIVED E
IN_REVIEW                    | IN_REVIEW E           | -            | CHANGES_REQUESTED E  | APPROVED E  | -            | -                     | ARCHIVED E
CHANGES_REQUESTED            | CHANGES_REQUESTED W   | IN_REVIEW W  | -                    | -           | -            | -                     | ARCHIVED E
APPROVED                     | DRAFT W               | -            | -                    | -           | PUBLISHED E  | -                     | ARCHIVED E
PUBLISHED                    | DRAFT W               | -            | -                    | -           | -            | DRAFT E               | ARCHIVED E
ARCHIVED                     | -                     | -            | -                    | -           | -            | -                     | -
DRAFT_WHILE_LIVE             | DRAFT W               | IN_REVIEW W  | -                    | -           | -            | DRAFT E               | ARCHIVED E
IN_REVIEW_WHILE_LIVE         | IN_REVIEW E           | -            | CHANGES_REQUESTED E  | APPROVED E  | -            | IN_REVIEW E           | ARCHIVED E
CHANGES_REQUESTED_WHILE_LIVE | CHANGES_REQUESTED W   | IN_REVIEW W  | -                    | -           | -            | CHANGES_REQUESTED E   | ARCHIVED E
APPROVED_WHILE_LIVE          | DRAFT W               | -            | -                    | -           | PUBLISHED E  | APPROVED E            | ARCHIVED E
""";

  /** Who is asked for where an action is not possible: whoever could take it somewhere. */
  private static final Map<WorkflowAction, Right> LOOSEST_RIGHT =
      Map.of(
          WorkflowAction.EDIT, Right.W,
          WorkflowAction.SUBMIT, Right.W,
          WorkflowAction.REQUEST_CHANGES, Right.E,
          WorkflowAction.APPROVE, Right.E,
          WorkflowAction.PUBLISH, Right.E,
          WorkflowAction.UNPUBLISH, Right.E,
          WorkflowAction.ARCHIVE, Right.E);

  private static final Map<Situation, Map<WorkflowAction, Cell>> EXPECTED = parse(TABLE);

  private ProblemException lastProblem;

  enum Right {
    W,
    E
  }

  /** One cell of the table; {@code to == null} when the action is not possible. */
  record Cell(WorkflowState to, Right right) {}

  static Stream<Arguments> everyActionFromEverySituationByEveryone() {
    return Arrays.stream(Situation.values())
        .flatMap(
            situation ->
                Arrays.stream(WorkflowAction.values())
                    .flatMap(
                        action ->
                            Arrays.stream(Staff.values())
                                .map(who -> Arguments.of(situation, action, who))));
  }

  @ParameterizedTest(name = "{1} from {0} by {2}")
  @MethodSource("everyActionFromEverySituationByEveryone")
  void shouldFollowTheWorkflowTableOfTheSpecification(
      Situation situation, WorkflowAction action, Staff who) {
    Versions versions = new Versions();
    LanguageVersion ru = versions.translationIn(situation);
    Cell cell = EXPECTED.get(situation).get(action);
    Right right = cell.to() == null ? LOOSEST_RIGHT.get(action) : cell.right();
    ProblemType refusal = refusal(right, who);

    if (refusal != null) {
      assertRefused(ru, situation, refusal, () -> take(versions, ru, action, who));
      assertRightNamed(refusal, right, lastProblem);
    } else if (cell.to() == null) {
      assertRefused(
          ru, situation, ProblemType.WRONG_WORKFLOW_STEP, () -> take(versions, ru, action, who));
      assertEquals(situation.state().name(), lastProblem.arguments().get("state"));
      assertEquals(action.id(), lastProblem.arguments().get("action"));
      assertEquals("ru", lastProblem.arguments().get("language"));
      assertEquals(
          allowedActions(situation),
          new HashSet<>((List<?>) lastProblem.arguments().get("allowedActions")));
    } else {
      assertTaken(versions, ru, situation, action, who, cell.to());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"submit", "request-changes", "approve", "publish", "unpublish", "archive"})
  void shouldParseTheTransitionsOfTheApi(String id) {
    assertEquals(id, WorkflowAction.transition(id).id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"edit", "Approve", "request_changes", "delete", ""})
  void shouldRefuseAnUnknownTransitionListingTheAllowedOnes(String id) {
    ProblemException problem =
        assertThrows(ProblemException.class, () -> WorkflowAction.transition(id));

    assertEquals(ProblemType.INVALID_FIELD, problem.type());
    assertEquals(List.of("action"), problem.arguments().get("fields"));
    assertEquals(
        List.of("submit", "request-changes", "approve", "publish", "unpublish", "archive"),
        problem.arguments().get("allowedValues"));
  }

  private void assertRefused(
      LanguageVersion ru, Situation situation, ProblemType type, Runnable attempt) {
    Revision working = ru.working();
    Revision live = ru.live();
    lastProblem = assertThrows(ProblemException.class, attempt::run);
    assertEquals(type, lastProblem.type(), lastProblem::getMessage);
    assertEquals(situation.state(), ru.state(), "a refused step changes nothing");
    assertSame(working, ru.working());
    assertSame(live, ru.live());
  }

  private static void assertRightNamed(ProblemType refusal, Right right, ProblemException problem) {
    if (refusal == ProblemType.MISSING_LANGUAGE) {
      assertEquals(Map.of("language", "ru"), problem.arguments());
    } else {
      assertEquals(
          Map.of("role", right == Right.E ? "editor" : "translator|editor"), problem.arguments());
    }
  }

  private static void assertTaken(
      Versions versions,
      LanguageVersion ru,
      Situation situation,
      WorkflowAction action,
      Staff who,
      WorkflowState to) {
    Revision working = ru.working();
    Revision live = ru.live();
    Change change = take(versions, ru, action, who);
    assertEquals(to, ru.state());
    if (action == WorkflowAction.EDIT) {
      assertNotNull(change.revision());
      assertSame(change.revision(), ru.working());
      assertEquals(working.number() + 1, ru.working().number());
      assertSame(live, ru.live(), "an edit never touches the live revision");
    } else {
      assertNull(change.revision());
      assertSame(working, ru.working());
    }
    if (action != WorkflowAction.EDIT || to != situation.state()) {
      WorkflowTransition transition = change.transition();
      assertNotNull(transition, "every transition is recorded");
      assertEquals(action, transition.action());
      assertEquals(situation.state(), transition.from());
      assertEquals(to, transition.to());
      assertEquals(who.username(), transition.actor());
      assertEquals(ru.working().number(), transition.revision());
      assertEquals(versions.now(), transition.at());
    } else {
      assertNull(change.transition(), "an edit that keeps the state is not a transition");
    }
    switch (action) {
      case PUBLISH -> assertSame(ru.working(), ru.live());
      case UNPUBLISH, ARCHIVE -> assertNull(ru.live());
      default -> assertSame(live, ru.live());
    }
  }

  private static Change take(
      Versions versions, LanguageVersion ru, WorkflowAction action, Staff who) {
    if (action == WorkflowAction.EDIT) {
      return versions.edit(ru, who);
    }
    return ru.perform(action, who.actor(), "Matrix comment", false, versions.tick());
  }

  /** product.md: W is a translator of that language or an editor; E is an editor. */
  private static ProblemType refusal(Right right, Staff who) {
    return switch (who) {
      case EDITOR, SECOND_EDITOR -> null;
      case TRANSLATOR_OF_THE_LANGUAGE -> right == Right.W ? null : ProblemType.MISSING_ROLE;
      case TRANSLATOR_OF_ANOTHER_LANGUAGE ->
          right == Right.W ? ProblemType.MISSING_LANGUAGE : ProblemType.MISSING_ROLE;
      case ADMIN_ONLY -> ProblemType.MISSING_ROLE;
    };
  }

  private static Set<String> allowedActions(Situation situation) {
    Set<String> allowed = new HashSet<>();
    EXPECTED
        .get(situation)
        .forEach(
            (action, cell) -> {
              if (action != WorkflowAction.EDIT && cell.to() != null) {
                allowed.add(action.id());
              }
            });
    return allowed;
  }

  private static Map<Situation, Map<WorkflowAction, Cell>> parse(String table) {
    List<String[]> rows =
        table.lines().map(line -> line.split("\\|")).map(WorkflowTest::strip).toList();
    String[] header = rows.get(0);
    Map<Situation, Map<WorkflowAction, Cell>> expected = new EnumMap<>(Situation.class);
    for (String[] row : rows.subList(1, rows.size())) {
      Map<WorkflowAction, Cell> cells = new EnumMap<>(WorkflowAction.class);
      for (int column = 1; column < header.length; column++) {
        WorkflowAction action =
            WorkflowAction.valueOf(header[column].toUpperCase(Locale.ROOT).replace('-', '_'));
        String[] cell = row[column].split(" ");
        cells.put(
            action,
            cell[0].equals("-")
                ? new Cell(null, null)
                : new Cell(WorkflowState.valueOf(cell[0]), Right.valueOf(cell[1])));
      }
      expected.put(Situation.valueOf(row[0]), cells);
    }
    if (expected.size() != Situation.values().length) {
      throw new IllegalStateException("the table misses a situation");
    }
    return expected;
  }

  private static String[] strip(String[] cells) {
    return Arrays.stream(cells).map(String::strip).toArray(String[]::new);
  }
}
