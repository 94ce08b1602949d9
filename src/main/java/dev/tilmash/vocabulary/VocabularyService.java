package dev.tilmash.vocabulary;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.audit.AuditKind;
import dev.tilmash.audit.AuditLog;
import dev.tilmash.audit.AuditSubject;
import dev.tilmash.shared.IfMatch;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Editors manage tags and sections: every change is checked ({@link TermLabels}), conditional on
 * the term's ETag, audited, and announced ({@link VocabularyChanged}) so that delivery forgets
 * answers that showed the old labels.
 */
@ApplicationScoped
@Transactional
public class VocabularyService {
  @PersistenceContext EntityManager em;
  @Inject TermLabels labels;
  @Inject TermUsage usage;
  @Inject AuditLog audit;
  @Inject Event<VocabularyChanged> changed;
  @Inject Clock clock;

  /** Every term of a kind, by key. */
  public List<TermView> list(TermKind kind) {
    return em.createQuery(
            "select distinct t from Term t left join fetch t.labels where t.kind = :kind"
                + " order by t.key",
            Term.class)
        .setParameter("kind", kind.id())
        .getResultStream()
        .map(TermView::of)
        .toList();
  }

  public TermView.Tagged get(TermKind kind, String key) {
    return tagged(require(kind, key, false));
  }

  public TermView.Tagged create(Actor actor, TermKind kind, TermInput input) {
    actor.require(Role.EDITOR);
    if (input.key() == null) {
      throw new ProblemException(ProblemType.INVALID_FIELD, Map.of("fields", List.of("key")));
    }
    if (em.find(Term.class, Term.id(kind, input.key())) != null) {
      throw new ProblemException(
          ProblemType.TERM_EXISTS, Map.of("kind", kind.id(), "key", input.key()));
    }
    Term term = new Term(kind, input.key(), labels.of(kind, input.key(), input.labels()), now());
    em.persist(term);
    record(actor, term, "created");
    return tagged(term);
  }

  public TermView.Tagged change(
      Actor actor, TermKind kind, String key, TermInput input, IfMatch ifMatch) {
    actor.require(Role.EDITOR);
    ifMatch.requirePresent();
    if (input.key() != null && !input.key().equals(key)) {
      throw new ProblemException(ProblemType.INVALID_FIELD, Map.of("fields", List.of("key")));
    }
    Term term = require(kind, key, true);
    ifMatch.requireFor(term.etag());
    if (term.relabel(labels.of(kind, key, input.labels()), now())) {
      record(actor, term, "relabelled");
    }
    return tagged(term);
  }

  /** Deletes a term no article uses; one in use is a 409 that says how many use it. */
  public void delete(Actor actor, TermKind kind, String key, IfMatch ifMatch) {
    actor.require(Role.EDITOR);
    Term term = require(kind, key, true);
    ifMatch.checkFor(term.etag());
    long using = usage.articlesUsing(kind, key);
    if (using > 0) {
      throw new ProblemException(
          ProblemType.TERM_IN_USE, Map.of("kind", kind.id(), "key", key, "articles", using));
    }
    em.remove(term);
    record(actor, term, "deleted");
  }

  /**
   * Creates, without labels, each tag of an article that the vocabulary does not know yet, so that
   * clients that send plain tag strings keep working; an editor labels them later. Nothing readers
   * see changes (a tag without labels shows its key, known or not), so no change is announced and
   * no cache is cleared.
   */
  public void ensureTags(Actor actor, Collection<String> keys) {
    for (String key : keys) {
      if (em.find(Term.class, Term.id(TermKind.TAG, key)) == null) {
        Term term = new Term(TermKind.TAG, key, Map.of(), now());
        em.persist(term);
        audit(actor, term, "created for an article");
      }
    }
  }

  /** Refuses a section key the vocabulary does not have, naming it (400). */
  public void requireSection(String key) {
    if (key != null && em.find(Term.class, Term.id(TermKind.SECTION, key)) == null) {
      throw new ProblemException(ProblemType.UNKNOWN_SECTION, Map.of("key", key));
    }
  }

  private Term require(TermKind kind, String key, boolean lock) {
    String id = Term.id(kind, key);
    Term term =
        lock ? em.find(Term.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Term.class, id);
    if (term == null) {
      throw new ProblemException(ProblemType.TERM_NOT_FOUND, Map.of("kind", kind.id(), "key", key));
    }
    return term;
  }

  private TermView.Tagged tagged(Term term) {
    em.flush(); // the version, and with it the ETag, moves on at the flush
    return new TermView.Tagged(TermView.of(term), term.etag());
  }

  /** Audits a change readers may see, and announces it. */
  private void record(Actor actor, Term term, String what) {
    audit(actor, term, what);
    changed.fire(new VocabularyChanged(term.kind(), term.key()));
  }

  private void audit(Actor actor, Term term, String what) {
    audit.record(
        actor.username(),
        AuditKind.VOCABULARY,
        AuditSubject.version(null, null, null),
        term.kind().id() + " " + term.key() + " " + what);
  }

  private java.time.Instant now() {
    return clock.instant();
  }
}
