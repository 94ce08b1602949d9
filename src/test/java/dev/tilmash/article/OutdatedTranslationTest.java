package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Outdated is derived: a translation is outdated when its source version has published a newer,
 * non-minor revision than the one it was translated from. The source version never is.
 */
class OutdatedTranslationTest {

  private final Versions versions = new Versions();
  private final LanguageVersion en = versions.source();

  @Test
  void shouldNotBeOutdatedWhileTheSourceHasPublishedNothing() {
    LanguageVersion ru = versions.translation(1);

    assertNull(en.majorPublishedRevision());
    assertFalse(ru.isOutdated(en.majorPublishedRevision()));
  }

  @Test
  void shouldNotBeOutdatedWhenTranslatedFromTheSourcesPublishedRevision() {
    publishSource(false);
    LanguageVersion ru = versions.translation(1);

    assertEquals(1, en.majorPublishedRevision());
    assertFalse(ru.isOutdated(en.majorPublishedRevision()));
  }

  @Test
  void shouldNotBeOutdatedByAnUnpublishedSourceRevision() {
    publishSource(false);
    LanguageVersion ru = versions.translation(1);

    versions.edit(en, Staff.EDITOR);

    assertEquals(2, en.working().number());
    assertEquals(1, en.majorPublishedRevision());
    assertFalse(ru.isOutdated(en.majorPublishedRevision()));
  }

  @Test
  void shouldBeOutdatedOnceTheSourcePublishesRevisionTwo() {
    publishSource(false);
    LanguageVersion ru = versions.publish(versions.translation(1));

    versions.edit(en, Staff.EDITOR);
    publishSource(false);

    assertEquals(2, en.majorPublishedRevision());
    assertTrue(ru.isOutdated(en.majorPublishedRevision()));
    assertEquals(WorkflowState.PUBLISHED, ru.state(), "an outdated version stays live");
    assertEquals(1, ru.live().number());
  }

  @Test
  void shouldNotBeOutdatedWhenRevisionTwoIsPublishedAsMinor() {
    publishSource(false);
    LanguageVersion ru = versions.translation(1);

    versions.edit(en, Staff.EDITOR);
    publishSource(true);

    assertEquals(2, en.live().number());
    assertTrue(en.live().minor());
    assertEquals(1, en.majorPublishedRevision());
    assertFalse(ru.isOutdated(en.majorPublishedRevision()));
  }

  @Test
  void shouldBeOutdatedByAMajorRevisionAfterAMinorOne() {
    publishSource(false);
    LanguageVersion ru = versions.translation(1);
    versions.edit(en, Staff.EDITOR);
    publishSource(true);

    versions.edit(en, Staff.EDITOR);
    publishSource(false);

    assertEquals(3, en.majorPublishedRevision());
    assertTrue(ru.isOutdated(en.majorPublishedRevision()));
  }

  @Test
  void shouldCountTheFirstPublicationOfTheSourceEvenWhenCalledMinor() {
    publishSource(true);

    assertEquals(1, en.majorPublishedRevision());
  }

  @Test
  void shouldNoLongerBeOutdatedAfterAnEditBasedOnTheNewSourceRevision() {
    publishSource(false);
    LanguageVersion ru = versions.translation(1);
    versions.edit(en, Staff.EDITOR);
    publishSource(false);

    ru.edit(
        Staff.TRANSLATOR_OF_THE_LANGUAGE.actor(),
        Versions.content("Торговый форум", "Кратко", "Новый текст"),
        2,
        versions.tick());

    assertEquals(2, ru.basedOnSourceRevision());
    assertFalse(ru.isOutdated(en.majorPublishedRevision()));
  }

  @Test
  void shouldStayOutdatedAfterAnEditThatNamesNoNewBasis() {
    publishSource(false);
    LanguageVersion ru = versions.translation(1);
    versions.edit(en, Staff.EDITOR);
    publishSource(false);

    versions.edit(ru, Staff.TRANSLATOR_OF_THE_LANGUAGE);

    assertEquals(1, ru.basedOnSourceRevision());
    assertTrue(ru.isOutdated(en.majorPublishedRevision()));
  }

  @Test
  void shouldTreatTranslationOfUnknownBasisAsOutdatedOnceTheSourceIsPublished() {
    LanguageVersion ru = versions.translation(null);
    publishSource(false);

    assertTrue(ru.isOutdated(en.majorPublishedRevision()));
  }

  @Test
  void shouldNeverCallTheSourceVersionOutdated() {
    publishSource(false);
    versions.edit(en, Staff.EDITOR);
    publishSource(false);

    assertTrue(en.isSource());
    assertFalse(en.isOutdated(en.majorPublishedRevision()));
    assertFalse(en.isOutdated(99));
  }

  @Test
  void shouldLeaveTheMajorRevisionOfTranslationsUnset() {
    LanguageVersion ru = versions.publish(versions.translation(1));

    assertFalse(ru.isSource());
    assertNull(ru.majorPublishedRevision());
  }

  /** The editor submits the source, the second editor approves, the editor publishes. */
  private void publishSource(boolean minor) {
    en.perform(WorkflowAction.SUBMIT, Staff.EDITOR.actor(), null, false, versions.tick());
    en.perform(WorkflowAction.APPROVE, Staff.SECOND_EDITOR.actor(), null, false, versions.tick());
    en.perform(WorkflowAction.PUBLISH, Staff.EDITOR.actor(), null, minor, versions.tick());
  }
}
