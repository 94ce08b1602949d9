package dev.tilmash.article;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One language of an article, with its own workflow.
 *
 * <p>Lifecycle: a version starts in {@code DRAFT} with revision 1. Every edit writes a new
 * immutable {@link Revision}, the <em>working</em> revision. {@code submit} sends it to review, an
 * editor other than the submitter approves it (or requests changes), and {@code publish} makes the
 * working revision the <em>live</em> one in one step. Editing a published version starts a new
 * working revision in {@code DRAFT} while the live revision stays live; the next publish swaps it.
 * {@code unpublish} takes the live revision down, {@code archive} ends the version's life. Every
 * step is checked against {@link Workflow} and recorded as a {@link WorkflowTransition}.
 *
 * <p>A translation remembers the source revision it was translated from; it is <em>outdated</em>
 * when the source version has since published a newer, non-minor revision.
 *
 * <p>A script variant derived by transliteration ({@code uz-Cyrl} from {@code uz}) remembers the
 * sibling revision it was derived from instead (a {@link Derivation}); it is outdated when the
 * sibling has since published a newer, non-minor revision, and {@code derive} regenerates it as an
 * edit. Edits keep following the same sibling revision; a restore follows what the restored
 * revision followed.
 */
@Entity
@Table(name = "language_version")
public class LanguageVersion extends VersionColumns {
  protected LanguageVersion() {}

  LanguageVersion(Article article, String language, String slug, boolean slugExplicit) {
    this.article = article;
    this.language = language;
    this.slug = slug;
    this.slugExplicit = slugExplicit;
    this.state = WorkflowState.DRAFT;
  }

  /** Writes the first revision of a new version. Only writers of the language may start one. */
  Change begin(Actor actor, VersionContent content, Integer basedOn, Instant now) {
    actor.requireWriter(language);
    working = new Revision(this, 1, content, basedOn, actor.username(), null, now);
    basedOnSourceRevision = basedOn;
    updatedAt = now;
    return new Change(working, null, null);
  }

  /**
   * Saves new words as the next working revision. An unchanged save writes nothing. Editing an
   * approved or published version moves it back to {@code DRAFT}; the live revision stays.
   */
  public Change edit(Actor actor, VersionContent content, Integer basedOn, Instant now) {
    return edit(actor, content, basedOn, null, now);
  }

  /** An edit with a comment on the new revision ("fixed the figures", "restored 3"). */
  public Change edit(
      Actor actor, VersionContent content, Integer basedOn, String comment, Instant now) {
    Integer newBasis = basedOn == null ? basedOnSourceRevision : basedOn;
    return write(actor, content, newBasis, derivation(), null, comment, now);
  }

  /**
   * Starts a derived version: words transliterated from the sibling revision {@code from} become
   * revision 1, marked with the {@code transform} that wrote them. Writers of the language only.
   */
  Change beginDerived(
      Actor actor,
      VersionContent content,
      Derivation from,
      Integer basedOn,
      String transform,
      Instant now) {
    actor.requireWriter(language);
    working =
        new Revision(
            this, 1, content, basedOn, actor.username(), from.comment(), now, from, transform);
    basedOnSourceRevision = basedOn;
    follow(from);
    updatedAt = now;
    return new Change(working, null, null);
  }

  /**
   * Regenerates the words from the sibling revision {@code from}, as an edit: the workflow rules of
   * an edit apply (a published version goes to DRAFT while its live revision stays live). Words and
   * derivation equal to the working copy's write nothing.
   */
  public Change derive(
      Actor actor,
      VersionContent content,
      Derivation from,
      Integer basedOn,
      String transform,
      Instant now) {
    Integer newBasis = basedOn == null ? basedOnSourceRevision : basedOn;
    return write(actor, content, newBasis, from, transform, from.comment(), now);
  }

  private Change write(
      Actor actor,
      VersionContent content,
      Integer newBasis,
      Derivation derivation,
      String transform,
      String comment,
      Instant now) {
    Workflow.Step step = authorize(WorkflowAction.EDIT, actor);
    if (working.contentHash().equals(content.hash())
        && Objects.equals(newBasis, basedOnSourceRevision)
        && Objects.equals(derivation, derivation())) {
      return Change.none();
    }
    working =
        new Revision(
            this,
            working.number() + 1,
            content,
            newBasis,
            actor.username(),
            comment,
            now,
            derivation,
            transform);
    basedOnSourceRevision = newBasis;
    follow(derivation);
    WorkflowTransition transition = null;
    if (step.target() != state) {
      transition = record(WorkflowAction.EDIT, step.target(), actor, now, null);
    }
    updatedAt = now;
    return new Change(working, transition, null);
  }

  /** Takes a workflow step other than an edit: submit, approve, publish and so on. */
  public Change perform(
      WorkflowAction action, Actor actor, String comment, boolean minor, Instant now) {
    Workflow.Step step = authorize(action, actor);
    switch (action) {
      case REQUEST_CHANGES -> {
        if (comment == null || comment.isBlank()) {
          throw new ProblemException(
              ProblemType.INVALID_FIELD, Map.of("fields", List.of("comment")));
        }
      }
      case SUBMIT -> {
        submittedBy = actor.username();
        submittedAt = now;
      }
      case APPROVE -> requireFourEyes(actor);
      case PUBLISH -> goLive(minor, now);
      case UNPUBLISH -> {
        live = null;
        publishedAt = null;
        scheduledUnpublishAt = null;
      }
      case ARCHIVE -> {
        live = null;
        publishedAt = null;
        scheduledPublishAt = null;
        scheduledUnpublishAt = null;
      }
      default -> throw new IllegalArgumentException(action.id());
    }
    WorkflowTransition transition = record(action, step.target(), actor, now, comment);
    updatedAt = now;
    return new Change(null, transition, null);
  }

  /**
   * Makes an earlier revision's words the working copy again, as a new revision: the workflow
   * treats it as an edit, so restoring a published version goes to DRAFT while the live revision
   * stays live. Restoring words equal to the working copy writes nothing.
   */
  public Change restore(Actor actor, Revision earlier, Instant now) {
    if (earlier.version() != this) {
      throw new IllegalArgumentException("revision of another version");
    }
    Integer basis =
        earlier.basedOnSourceRevision() == null
            ? basedOnSourceRevision
            : earlier.basedOnSourceRevision();
    return write(
        actor,
        earlier.content(),
        basis,
        earlier.derivation(),
        null,
        "restored revision " + earlier.number(),
        now);
  }

  /** Gives the version another slug; the old one is kept as an alias that redirects. */
  Change changeSlug(String newSlug, Instant now) {
    if (newSlug.equals(slug)) {
      return Change.none();
    }
    SlugAlias retired = new SlugAlias(this, slug, now);
    slug = newSlug;
    slugExplicit = true;
    updatedAt = now;
    return new Change(null, null, retired);
  }

  /** Remembers when a scheduled publish or unpublish will run, for the management views. */
  public void plan(WorkflowAction action, Instant at) {
    switch (action) {
      case PUBLISH -> scheduledPublishAt = at;
      case UNPUBLISH -> scheduledUnpublishAt = at;
      default -> throw new IllegalArgumentException("only publish and unpublish are scheduled");
    }
  }

  private void goLive(boolean minor, Instant now) {
    scheduledPublishAt = null;
    working.markPublished(now, minor);
    live = working;
    publishedAt = now;
    article.published(now);
    if (isSource() && !(minor && majorPublishedRevision != null)) {
      majorPublishedRevision = working.number();
    }
    if (!working.minor()) {
      newestMajorRevision = working.number(); // what the formula reads after this transaction
    }
  }

  private void follow(Derivation derivation) {
    derivedFromLanguage = derivation == null ? null : derivation.language();
    derivedFromRevision = derivation == null ? null : derivation.revision();
  }

  private WorkflowTransition record(
      WorkflowAction action, WorkflowState to, Actor actor, Instant now, String comment) {
    WorkflowTransition transition =
        new WorkflowTransition(
            this, action, state, to, working.number(), actor.username(), now, comment);
    state = to;
    return transition;
  }

  /**
   * Gives the version to someone to work on, or takes it back ({@code to == null}). Only an editor
   * assigns, only an editor or a translator of the version's language can be given it, and an
   * archived version is given to no one.
   *
   * @return who had it before, or {@code null}
   */
  public String assign(Actor by, Actor to) {
    by.require(Role.EDITOR);
    if (to != null && !to.is(Role.EDITOR) && !to.translates(language)) {
      throw new ProblemException(
          ProblemType.NOT_ASSIGNABLE,
          Map.of(
              "username",
              to.username(),
              "language",
              language,
              "reason",
              to.is(Role.TRANSLATOR) ? "language" : "role"));
    }
    if (to != null && state == WorkflowState.ARCHIVED) {
      throw new ProblemException(
          ProblemType.WRONG_WORKFLOW_STEP,
          Map.of(
              "language",
              language,
              "action",
              "assign",
              "state",
              state.name(),
              "allowedActions",
              allowedTransitions()));
    }
    String previous = assignee;
    assignee = to == null ? null : to.username();
    return previous;
  }
}
