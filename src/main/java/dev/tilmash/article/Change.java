package dev.tilmash.article;

/**
 * What a domain step produced and the service must store: a new revision, a transition record, a
 * retired slug; any of them may be absent.
 */
public record Change(Revision revision, WorkflowTransition transition, SlugAlias retiredSlug) {
  static Change none() {
    return new Change(null, null, null);
  }

  Change with(SlugAlias alias) {
    return new Change(revision, transition, alias);
  }
}
