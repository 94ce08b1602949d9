package dev.tilmash.delivery;

import dev.tilmash.changes.ChangeKind;
import dev.tilmash.changes.ChangesArrived;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.search.IndexHit;
import dev.tilmash.search.RememberedSearches;
import dev.tilmash.search.SearchIndex;
import dev.tilmash.search.SearchText;
import dev.tilmash.search.SearchWindow;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.vocabulary.Vocabulary;
import dev.tilmash.vocabulary.VocabularyChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;

/**
 * Full-text search over what is published ({@code /content/search}): live versions only, in one
 * language or in all of them, ranked by relevance and then by recency, with highlighted passages.
 * Answered by the {@link SearchIndex} alone, so a search loads no entity and sends no SQL; each hit
 * becomes a summary as every delivery list shows it ({@link DeliveredSummaries}). Answers are
 * remembered while the index is unchanged ({@link RememberedSearches}).
 */
@ApplicationScoped
public class ContentSearch {
  @Inject SearchIndex index;
  @Inject LanguageSet languages;
  @Inject DeliverySettings settings;
  @Inject RememberedSearches remembered;
  @Inject Vocabulary vocabulary;

  /** The answer to {@code question} as the JSON that is sent. */
  public byte[] answer(RememberedSearches.Question question) {
    return remembered.answer(
        question, () -> search(question.q(), question.lang(), question.page(), question.base()));
  }

  /**
   * One page of published versions matching {@code q}; {@code lang} (resolved as delivery does, so
   * {@code uz-Latn} is {@code uz}) limits the search to one language, none searches all.
   */
  public Page<FoundArticle> search(String q, String lang, PageRequest page, URI base) {
    SearchText text = SearchText.of(q);
    SearchWindow.check(page);
    List<String> tags =
        lang == null || lang.isBlank() ? languages.tags() : List.of(languages.resolve(lang).tag());
    return index
        .published(text, tags, page)
        .map(hit -> FoundArticle.of(summary(hit, base), hit.highlights()));
  }

  /** A relabelled term shows in answers the index still holds: they are forgotten. */
  void onVocabularyChange(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) VocabularyChanged change) {
    remembered.forgetAll();
  }

  /** The same for a term another instance relabelled. */
  void onArrived(@Observes ChangesArrived arrived) {
    if (arrived.everything() || !arrived.keys(ChangeKind.VOCABULARY).isEmpty()) {
      remembered.forgetAll();
    }
  }

  private DeliveredSummary summary(IndexHit hit, URI base) {
    return DeliveredSummaries.of(
        hit.version(), new DeliveredSummaries.Context(settings.zone(), base, vocabulary));
  }
}
