package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A script variant derived from its sibling (uz-Cyrl from uz): it follows a sibling revision, is
 * outdated when the sibling publishes a newer real change, and is regenerated as an edit.
 */
class DerivedVersionTest {
  private static final Actor EDITOR = new Actor("erin", Set.of(Role.EDITOR), Set.of());
  private static final Actor CHIEF = new Actor("eldar", Set.of(Role.EDITOR), Set.of());
  private static final Actor UZBEK = new Actor("umid", Set.of(Role.TRANSLATOR), Set.of("uz"));
  private static final Actor CYRILLIC =
      new Actor("ulugbek", Set.of(Role.TRANSLATOR), Set.of("uz-Cyrl"));

  private final Article article =
      new Article(
          "en", List.of("trade"), "Desk", "Wire", "erin", Instant.parse("2026-11-22T08:00:00Z"));
  private Instant now = Instant.parse("2026-11-22T08:00:00Z");

  private final LanguageVersion en = begin("en", null);
  private final LanguageVersion uz = begin("uz", 1);

  private Instant tick() {
    now = now.plus(Duration.ofMinutes(1));
    return now;
  }

  private LanguageVersion begin(String language, Integer basedOn) {
    LanguageVersion version = new LanguageVersion(article, language, language + "-slug", false);
    version.begin(EDITOR, new VersionContent("Title " + language, "", "Body"), basedOn, tick());
    return version;
  }

  private LanguageVersion derived(int siblingRevision) {
    LanguageVersion cyrl = new LanguageVersion(article, "uz-Cyrl", "cyrl-slug", false);
    cyrl.beginDerived(
        EDITOR,
        words("Савдо"),
        new Derivation("uz", siblingRevision),
        1,
        "uz_Latn-uz_Cyrl",
        tick());
    return cyrl;
  }

  private static VersionContent words(String title) {
    return new VersionContent(title, "Қисқача", "Матн");
  }

  private void publish(LanguageVersion version, boolean minor) {
    version.perform(WorkflowAction.SUBMIT, EDITOR, null, false, tick());
    version.perform(WorkflowAction.APPROVE, CHIEF, null, false, tick());
    version.perform(WorkflowAction.PUBLISH, EDITOR, null, minor, tick());
  }

  private boolean outdated(LanguageVersion version) {
    LanguageVersion basis = version.basisLanguage().equals("uz") ? uz : en;
    return version.isOutdated(version.basisMajorRevision(basis));
  }

  @Test
  void shouldStartAsAMachineDerivedDraftThatFollowsTheSiblingRevision() {
    LanguageVersion cyrl = derived(1);

    assertEquals(WorkflowState.DRAFT, cyrl.state());
    assertTrue(cyrl.isDerived());
    assertEquals(new Derivation("uz", 1), cyrl.derivation());
    assertEquals("uz", cyrl.basisLanguage());
    assertEquals("derived from uz revision 1 by ICU transliteration", cyrl.working().comment());
    assertEquals("uz_Latn-uz_Cyrl", cyrl.working().transliteration());
    assertEquals(new Derivation("uz", 1), cyrl.working().derivation());
    assertEquals(1, cyrl.basedOnSourceRevision());
  }

  @Test
  void shouldLetOnlyWritersOfTheDerivedLanguageDeriveIt() {
    LanguageVersion cyrl = new LanguageVersion(article, "uz-Cyrl", "cyrl-slug", false);
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () ->
                cyrl.beginDerived(
                    UZBEK, words("Савдо"), new Derivation("uz", 1), 1, "uz_Latn-uz_Cyrl", tick()));
    assertEquals(ProblemType.MISSING_LANGUAGE, refused.type());

    cyrl.beginDerived(CYRILLIC, words("Савдо"), new Derivation("uz", 1), 1, "t", tick());
    assertEquals("ulugbek", cyrl.working().author());
  }

  @Test
  void shouldBeOutdatedWhenTheSiblingPublishesANewerRealChange() {
    publish(uz, false);
    LanguageVersion cyrl = derived(1);
    publish(cyrl, false);
    assertFalse(outdated(cyrl));

    uz.edit(EDITOR, new VersionContent("Yangi sarlavha", "", "Body"), null, tick());
    assertFalse(outdated(cyrl), "a draft of the sibling outdates nothing");
    publish(uz, false);

    assertTrue(outdated(cyrl));
    assertEquals(WorkflowState.PUBLISHED, cyrl.state(), "an outdated version stays live");
  }

  @Test
  void shouldStayCurrentWhenTheSiblingPublishesAMinorChange() {
    publish(uz, false);
    LanguageVersion cyrl = derived(1);
    uz.edit(EDITOR, new VersionContent("Tuzatish", "", "Body"), null, tick());
    publish(uz, true);

    assertFalse(outdated(cyrl));
  }

  @Test
  void shouldFollowTheSiblingNotTheSource() {
    publish(en, false);
    publish(uz, false);
    LanguageVersion cyrl = derived(1);
    en.edit(EDITOR, new VersionContent("New title", "", "Body"), null, tick());
    publish(en, false);

    assertTrue(uz.isOutdated(uz.basisMajorRevision(en)), "the sibling is outdated");
    assertFalse(outdated(cyrl), "until the sibling is updated, so is what is derived from it");
  }

  @Test
  void shouldRegenerateAPublishedVersionAsAnEditThatIsCurrentAgain() {
    publish(uz, false);
    LanguageVersion cyrl = derived(1);
    publish(cyrl, false);
    uz.edit(EDITOR, new VersionContent("Yangi", "", "Body"), null, tick());
    publish(uz, false);
    assertTrue(outdated(cyrl));

    Change change =
        cyrl.derive(EDITOR, words("Янги"), new Derivation("uz", 2), 1, "uz_Latn-uz_Cyrl", tick());

    assertEquals(2, change.revision().number());
    assertEquals(WorkflowState.DRAFT, cyrl.state(), "an edit of a published version");
    assertEquals(1, cyrl.live().number(), "the live revision stays live");
    assertEquals("derived from uz revision 2 by ICU transliteration", cyrl.working().comment());
    assertFalse(outdated(cyrl));
    publish(cyrl, false);
    assertFalse(outdated(cyrl));
  }

  @Test
  void shouldWriteNothingWhenDerivingTheSameWordsFromTheSameRevision() {
    LanguageVersion cyrl = derived(1);

    Change again =
        cyrl.derive(EDITOR, words("Савдо"), new Derivation("uz", 1), 1, "uz_Latn-uz_Cyrl", tick());

    assertNull(again.revision());
    assertEquals(1, cyrl.working().number());
  }

  @Test
  void shouldKeepFollowingTheSiblingRevisionAfterAPersonsEdit() {
    LanguageVersion cyrl = derived(1);

    cyrl.edit(CYRILLIC, words("Савдо форуми"), null, tick());

    assertEquals(new Derivation("uz", 1), cyrl.derivation());
    assertEquals(new Derivation("uz", 1), cyrl.working().derivation());
    assertNull(cyrl.working().transliteration(), "a person wrote this revision");
  }

  @Test
  void shouldFollowWhatTheRestoredRevisionFollowed() {
    LanguageVersion cyrl = new LanguageVersion(article, "uz-Cyrl", "cyrl-slug", false);
    cyrl.begin(CYRILLIC, words("Қўлда"), 1, tick());
    Revision handWritten = cyrl.working();
    cyrl.derive(EDITOR, words("Савдо"), new Derivation("uz", 1), 1, "uz_Latn-uz_Cyrl", tick());
    Revision derivedFromOne = cyrl.working();
    cyrl.derive(EDITOR, words("Янги"), new Derivation("uz", 2), 1, "uz_Latn-uz_Cyrl", tick());

    cyrl.restore(EDITOR, derivedFromOne, tick());
    assertEquals(new Derivation("uz", 1), cyrl.derivation());

    cyrl.restore(EDITOR, handWritten, tick());
    assertFalse(cyrl.isDerived(), "words written by hand follow the source again");
    assertEquals("en", cyrl.basisLanguage());
  }

  @Test
  void shouldRefuseToRegenerateAnArchivedVersion() {
    LanguageVersion cyrl = derived(1);
    cyrl.perform(WorkflowAction.ARCHIVE, EDITOR, null, false, tick());

    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> cyrl.derive(EDITOR, words("Янги"), new Derivation("uz", 2), 1, "t", tick()));
    assertEquals(ProblemType.WRONG_WORKFLOW_STEP, refused.type());
  }
}
