package dev.tilmash.memory;

import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.Revision;
import dev.tilmash.article.VersionStepped;
import dev.tilmash.article.WorkflowState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Feeds the memory from the workflow. When a translation reaches {@code APPROVED} or {@code
 * PUBLISHED}, its working revision is aligned with the source revision it was translated from and
 * the pairs the memory does not have yet (same languages, same normalized source, same target) are
 * stored, in the step's own transaction: a step that rolls back remembers nothing. Drafts, reviews
 * and the source version never feed it.
 */
@ApplicationScoped
public class MemoryFeeder {
  private static final Logger LOG = Logger.getLogger(MemoryFeeder.class.getName());

  @Inject ArticleRepository articles;
  @Inject MemoryStore store;
  @Inject Event<SegmentsRemembered> remembered;

  void onStep(@Observes VersionStepped stepped) {
    feed(stepped);
  }

  /** How many new pairs the step gave the memory. */
  int feed(VersionStepped stepped) {
    LanguageVersion version = stepped.version();
    WorkflowState to = stepped.transition().to();
    if (version.isSource() || to != WorkflowState.APPROVED && to != WorkflowState.PUBLISHED) {
      return 0;
    }
    Revision translation = version.working();
    Integer basis = translation.basedOnSourceRevision();
    if (basis == null) {
      return 0; // nothing to align with
    }
    String articleId = version.article().id();
    String sourceLanguage = version.article().sourceLanguage();
    Optional<Revision> source =
        articles.version(articleId, sourceLanguage).flatMap(v -> store.revision(v, basis));
    if (source.isEmpty()) {
      return 0;
    }
    LanguagePair pair = new LanguagePair(sourceLanguage, version.language());
    List<SegmentPair> pairs;
    try {
      pairs =
          SegmentAligner.align(
              RevisionText.of(source.get(), sourceLanguage),
              RevisionText.of(translation, version.language()));
    } catch (RuntimeException e) {
      // the memory helps translators; it never stops a workflow step
      LOG.log(Level.WARNING, "Cannot align article " + articleId + " " + pair, e);
      return 0;
    }
    return remember(pair, pairs, articleId, translation.number(), basis, stepped.transition().at());
  }

  private int remember(
      LanguagePair pair,
      List<SegmentPair> pairs,
      String articleId,
      int revision,
      int sourceRevision,
      Instant at) {
    List<MemorySegment> segments = new ArrayList<>();
    for (SegmentPair aligned : pairs) {
      NormalizedText source = NormalizedText.of(aligned.source(), pair.source());
      segments.add(
          new MemorySegment(
              pair,
              source,
              aligned.source(),
              aligned.target(),
              articleId,
              revision,
              sourceRevision,
              at));
    }
    Set<String> known =
        store.identities(pair, segments.stream().map(MemorySegment::sourceKey).toList());
    List<SegmentsRemembered.Added> added = new ArrayList<>();
    for (MemorySegment segment : segments) {
      if (known.add(segment.identity())) {
        store.add(segment);
        added.add(new SegmentsRemembered.Added(segment.id(), segment.tokens()));
      }
    }
    if (remembered != null && !added.isEmpty()) { // null outside the container
      remembered.fire(new SegmentsRemembered(pair, added));
    }
    return added.size();
  }
}
