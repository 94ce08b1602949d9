package dev.tilmash.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Builds language versions and walks them through real workflow steps, with a clock that moves one
 * minute per step. Nothing here touches a database: revision and version ids stay {@code null}.
 */
final class Versions {
  static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

  /** Every place a version can be in, reached through the steps a newsroom takes. */
  enum Situation {
    DRAFT(WorkflowState.DRAFT, false),
    IN_REVIEW(WorkflowState.IN_REVIEW, false),
    CHANGES_REQUESTED(WorkflowState.CHANGES_REQUESTED, false),
    APPROVED(WorkflowState.APPROVED, false),
    PUBLISHED(WorkflowState.PUBLISHED, true),
    ARCHIVED(WorkflowState.ARCHIVED, false),
    DRAFT_WHILE_LIVE(WorkflowState.DRAFT, true),
    IN_REVIEW_WHILE_LIVE(WorkflowState.IN_REVIEW, true),
    CHANGES_REQUESTED_WHILE_LIVE(WorkflowState.CHANGES_REQUESTED, true),
    APPROVED_WHILE_LIVE(WorkflowState.APPROVED, true);

    private final WorkflowState state;
    private final boolean live;

    Situation(WorkflowState state, boolean live) {
      this.state = state;
      this.live = live;
    }

    WorkflowState state() {
      return state;
    }

    boolean live() {
      return live;
    }
  }

  private final Article article;
  private Instant now = START;
  private int edits;

  Versions() {
    this.article = new Article("en", List.of("trade"), "A. Author", "Astana Forum", "erin", START);
  }

  Article article() {
    return article;
  }

  /** The current time of this scenario; every step moves it on. */
  Instant now() {
    return now;
  }

  Instant tick() {
    now = now.plus(Duration.ofMinutes(1));
    return now;
  }

  /** The source (English) version, written by the editor, revision 1 in DRAFT. */
  LanguageVersion source() {
    LanguageVersion en = new LanguageVersion(article, "en", "trade-forum", false);
    en.begin(Staff.EDITOR.actor(), content("Trade forum", "Summary", "Body"), null, tick());
    return en;
  }

  /** A Russian translation of source revision {@code basedOn}, begun by its translator. */
  LanguageVersion translation(Integer basedOn) {
    LanguageVersion ru = new LanguageVersion(article, "ru", "torgovyy-forum", false);
    ru.begin(
        Staff.TRANSLATOR_OF_THE_LANGUAGE.actor(),
        content("Торговый форум", "Кратко", "Текст"),
        basedOn,
        tick());
    return ru;
  }

  /** A Russian translation brought to {@code situation} through real steps. */
  LanguageVersion translationIn(Situation situation) {
    LanguageVersion ru = translation(1);
    switch (situation) {
      case DRAFT -> {}
      case IN_REVIEW -> submit(ru);
      case CHANGES_REQUESTED -> requestChanges(submit(ru));
      case APPROVED -> approve(submit(ru));
      case PUBLISHED -> publish(ru);
      case ARCHIVED -> step(publish(ru), WorkflowAction.ARCHIVE, Staff.EDITOR);
      case DRAFT_WHILE_LIVE -> revise(publish(ru));
      case IN_REVIEW_WHILE_LIVE -> submit(revise(publish(ru)));
      case CHANGES_REQUESTED_WHILE_LIVE -> requestChanges(submit(revise(publish(ru))));
      case APPROVED_WHILE_LIVE -> approve(submit(revise(publish(ru))));
    }
    if (ru.state() != situation.state() || (ru.live() != null) != situation.live()) {
      throw new IllegalStateException(situation + " not reached: " + ru.state());
    }
    return ru;
  }

  /** Submitted by the translator, approved by the second editor, published by the editor. */
  LanguageVersion publish(LanguageVersion version) {
    return step(approve(submit(version)), WorkflowAction.PUBLISH, Staff.EDITOR);
  }

  LanguageVersion submit(LanguageVersion version) {
    return step(version, WorkflowAction.SUBMIT, Staff.TRANSLATOR_OF_THE_LANGUAGE);
  }

  LanguageVersion approve(LanguageVersion version) {
    return step(version, WorkflowAction.APPROVE, Staff.SECOND_EDITOR);
  }

  LanguageVersion requestChanges(LanguageVersion version) {
    version.perform(
        WorkflowAction.REQUEST_CHANGES, Staff.EDITOR.actor(), "Check the figures", false, tick());
    return version;
  }

  /** A new working revision with words never used before, by the translator. */
  LanguageVersion revise(LanguageVersion version) {
    edit(version, Staff.TRANSLATOR_OF_THE_LANGUAGE);
    return version;
  }

  Change edit(LanguageVersion version, Staff who) {
    edits++;
    return version.edit(
        who.actor(), content("Правка " + edits, "Кратко", "Текст " + edits), null, tick());
  }

  LanguageVersion step(LanguageVersion version, WorkflowAction action, Staff who) {
    version.perform(action, who.actor(), null, false, tick());
    return version;
  }

  static VersionContent content(String title, String summary, String body) {
    return new VersionContent(title, summary, body);
  }
}
