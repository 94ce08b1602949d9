package dev.tilmash.queue;

import static dev.tilmash.article.NewsroomFixture.EDITOR;
import static dev.tilmash.article.NewsroomFixture.translator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The review queue and the work lists, run as real queries on the migrated schema. */
class WorkQueuesJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final LanguageSet LANGUAGES =
      LanguageSet.of(
          List.of("en", "ru", "kk"),
          "en",
          Map.of("ru", List.of("en"), "kk", List.of("ru", "en")),
          Map.of());

  private NewsroomFixture newsroom;

  @BeforeEach
  void newsroom() {
    newsroom = new NewsroomFixture(db);
  }

  private <T> T queues(Function<WorkQueues, T> work) {
    return db.call(
        em -> {
          WorkQueueQuery query = new WorkQueueQuery();
          query.em = em;
          WorkQueues queues = new WorkQueues();
          queues.query = query;
          queues.languages = LANGUAGES;
          return work.apply(queues);
        });
  }

  private Page<ReviewQueueItem> reviewQueue(String language, int page, int size) {
    return queues(q -> q.reviewQueue(language, new PageRequest(page, size)));
  }

  private List<MyWorkItem> myWork(Actor actor) {
    return queues(q -> q.myWork(WorkScope.of(actor), new PageRequest(0, 100))).items();
  }

  private static List<String> keys(List<MyWorkItem> items) {
    return items.stream().map(i -> i.articleId() + "/" + i.language()).toList();
  }

  private void submit(String article, String language) {
    newsroom.step(article, language, WorkflowAction.SUBMIT, translator(language));
  }

  private void requestChanges(String article, String language, String comment, Actor editor) {
    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          repository.store(
              repository
                  .lockVersion(article, language)
                  .orElseThrow()
                  .perform(
                      WorkflowAction.REQUEST_CHANGES, editor, comment, false, newsroom.tick()));
        });
  }

  private void assign(String article, String language, Actor assignee) {
    db.run(
        em ->
            NewsroomFixture.repository(em)
                .lockVersion(article, language)
                .orElseThrow()
                .assign(EDITOR, assignee));
  }

  /** A published English source with a Kazakh translation of its first revision, in DRAFT. */
  private String translated(String slug) {
    String article = newsroom.article("en", slug, "Story " + slug);
    newsroom.publish(article, "en");
    newsroom.translation(article, "kk", slug + "-kk", "Мақала " + slug, 1);
    return article;
  }

  @Test
  void shouldQueueVersionsInReviewByTheOldestSubmissionWithSubmitterAndTime() {
    String first = translated("first");
    String second = translated("second");
    String draft = translated("draft");
    submit(second, "kk");
    submit(first, "kk");

    List<ReviewQueueItem> queue = reviewQueue("kk", 0, 20).items();

    assertEquals(List.of(second, first), queue.stream().map(ReviewQueueItem::articleId).toList());
    ReviewQueueItem oldest = queue.get(0);
    assertEquals("kk", oldest.language());
    assertEquals("en", oldest.sourceLanguage());
    assertEquals("Мақала second", oldest.title());
    assertEquals("translator-kk", oldest.submittedBy());
    assertTrue(oldest.submittedAt().isBefore(queue.get(1).submittedAt()));
    assertEquals(1, oldest.workingRevision());
    assertFalse(oldest.outdated());
    assertNull(oldest.assignee());
    assertFalse(queue.stream().anyMatch(i -> i.articleId().equals(draft)));
  }

  @Test
  void shouldFilterTheQueueByLanguageAndAcceptAnyCasing() {
    String article = translated("languages");
    newsroom.translation(article, "ru", "languages-ru", "Языки", 1);
    submit(article, "ru");
    submit(article, "kk");
    String source = newsroom.article("en", "source-in-review", "Source in review");
    newsroom.step(source, "en", WorkflowAction.SUBMIT, EDITOR);

    assertEquals(3, reviewQueue(null, 0, 20).total());
    assertEquals(
        List.of("ru"), reviewQueue("RU", 0, 20).items().stream().map(i -> i.language()).toList());
    assertEquals(
        List.of(source),
        reviewQueue("en", 0, 20).items().stream().map(i -> i.articleId()).toList());
  }

  @Test
  void shouldPageTheQueueWithTheTotalOfAllPages() {
    for (int i = 0; i < 5; i++) {
      submit(translated("paged-" + i), "kk");
    }

    Page<ReviewQueueItem> second = reviewQueue("kk", 1, 2);

    assertEquals(5, second.total());
    assertEquals(2, second.items().size());
    assertEquals(1, second.page());
    assertEquals(1, reviewQueue("kk", 2, 2).items().size());
  }

  @Test
  void shouldShowAnOutdatedVersionInReviewAndItsAssignee() {
    String article = translated("outdated-review");
    newsroom.edit(article, "en", "Story, second take");
    newsroom.publish(article, "en");
    submit(article, "kk");
    assign(article, "kk", translator("kk"));

    ReviewQueueItem item = reviewQueue("kk", 0, 20).items().get(0);

    assertTrue(item.outdated());
    assertEquals("translator-kk", item.assignee());
  }

  @Test
  void shouldGiveATranslatorTheDraftsSentBackAndOutdatedVersionsOfTheirLanguages() {
    String draft = translated("w-draft");
    String inReview = translated("w-review");
    submit(inReview, "kk");
    String sentBack = translated("w-sent-back");
    submit(sentBack, "kk");
    requestChanges(sentBack, "kk", "Check the figures", NewsroomFixture.CHIEF);
    String current = translated("w-current");
    newsroom.publish(current, "kk");
    String outdated = translated("w-outdated");
    newsroom.publish(outdated, "kk");
    newsroom.edit(outdated, "en", "Outdated, second take");
    newsroom.publish(outdated, "en");
    String archived = translated("w-archived");
    newsroom.publish(archived, "kk");
    newsroom.edit(archived, "en", "Archived, second take");
    newsroom.publish(archived, "en");
    newsroom.step(archived, "kk", WorkflowAction.ARCHIVE, EDITOR);
    String russian = newsroom.article("en", "w-russian", "Russian only");
    newsroom.translation(russian, "ru", "w-russian-ru", "Только по-русски", 1);

    List<MyWorkItem> work = myWork(translator("kk"));

    assertEquals(List.of(draft + "/kk", sentBack + "/kk", outdated + "/kk"), keys(work));
    MyWorkItem old = work.get(2);
    assertTrue(old.outdated());
    assertEquals("PUBLISHED", old.state());
    assertEquals(1, old.basedOnSourceRevision());
    assertEquals(2, old.sourceRevision());
    assertFalse(work.get(0).outdated());
    assertEquals("DRAFT", work.get(0).state());
  }

  @Test
  void shouldCarryTheCommentOfTheLatestRequestForChanges() {
    String article = translated("comments");
    submit(article, "kk");
    requestChanges(article, "kk", "Shorten the summary", EDITOR);
    submit(article, "kk");
    requestChanges(
        article, "kk", "Check the figures against the English text", NewsroomFixture.CHIEF);
    String draft = translated("no-comment");

    List<MyWorkItem> work = myWork(translator("kk"));

    MyWorkItem sentBack = work.get(0);
    assertEquals(article, sentBack.articleId());
    assertEquals("CHANGES_REQUESTED", sentBack.state());
    assertEquals("Check the figures against the English text", sentBack.reviewComment());
    assertEquals("chief", sentBack.reviewer());
    assertEquals(sentBack.updatedAt(), sentBack.reviewedAt(), "sent back at that moment");
    MyWorkItem other = work.get(1);
    assertEquals(draft, other.articleId());
    assertNull(other.reviewComment());
    assertNull(other.reviewer());
  }

  @Test
  void shouldNotCarryAnOldRequestOnceTheVersionMovedOn() {
    String article = translated("moved-on");
    submit(article, "kk");
    requestChanges(article, "kk", "Shorten the summary", EDITOR);
    newsroom.publish(article, "kk");
    newsroom.step(article, "kk", WorkflowAction.UNPUBLISH, EDITOR);

    MyWorkItem item = myWork(translator("kk")).get(0);

    assertEquals("DRAFT", item.state());
    assertNull(item.reviewComment());
  }

  @Test
  void shouldPutWhatIsAssignedToMeFirstThenTheLongestUntouched() {
    String oldest = translated("a-oldest");
    String middle = translated("a-middle");
    String newest = translated("a-newest");
    assign(newest, "kk", translator("kk"));
    assign(oldest, "kk", new Actor("translator-kk2", Set.of(Role.TRANSLATOR), Set.of("kk")));

    List<MyWorkItem> work = myWork(translator("kk"));

    assertEquals(List.of(newest + "/kk", oldest + "/kk", middle + "/kk"), keys(work));
    assertTrue(work.get(0).assignedToMe());
    assertEquals("translator-kk", work.get(0).assignee());
    assertFalse(work.get(1).assignedToMe());
    assertEquals("translator-kk2", work.get(1).assignee());
    assertFalse(work.get(2).assignedToMe());
  }

  @Test
  void shouldGiveAnEditorWhatIsAssignedToThemAndNeedsWork() {
    String assigned = translated("e-assigned");
    translated("e-not-assigned");
    String assignedButInReview = translated("e-in-review");
    submit(assignedButInReview, "kk");
    assign(assigned, "kk", NewsroomFixture.CHIEF);
    assign(assignedButInReview, "kk", NewsroomFixture.CHIEF);

    List<MyWorkItem> work = myWork(NewsroomFixture.CHIEF);

    assertEquals(List.of(assigned + "/kk"), keys(work));
    assertTrue(work.get(0).assignedToMe());
    assertEquals(List.of(), myWork(EDITOR));
  }

  @Test
  void shouldCountEveryPageOfMyWork() {
    for (int i = 0; i < 3; i++) {
      translated("count-" + i);
    }

    Page<MyWorkItem> first =
        queues(q -> q.myWork(WorkScope.of(translator("kk")), new PageRequest(0, 2)));

    assertEquals(3, first.total());
    assertEquals(2, first.items().size());
  }
}
