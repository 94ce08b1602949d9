package dev.tilmash.demo;

import dev.tilmash.account.AccountService;
import dev.tilmash.account.Actor;
import dev.tilmash.account.NewUser;
import dev.tilmash.account.Role;
import dev.tilmash.article.ArticleService;
import dev.tilmash.article.ArticleView;
import dev.tilmash.article.NewArticle;
import dev.tilmash.article.VersionService;
import dev.tilmash.vocabulary.VocabularyService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Writes the demo newsroom through the real services, as its people would: the editor creates each
 * article, translators write their languages, editor2 reviews and the editor publishes. All of it
 * is one transaction, so a failed load leaves the database empty. That transaction may take up to
 * {@link #LONGEST}: on a loaded two-core machine the load took longer than the server's default
 * limit of 120 s, which rolled it back and stopped the application.
 */
@ApplicationScoped
public class DemoContent {
  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
  private static final Map<String, Set<String>> TRANSLATORS =
      Map.of(
          "translator.ru", Set.of("ru"),
          "translator.kk", Set.of("kk"),
          "translator.uz", Set.of("uz"),
          "translator.zh", Set.of("zh"));

  static final Duration LONGEST = Duration.ofMinutes(15);

  @Inject AccountService accounts;
  @Inject ArticleService articles;
  @Inject VersionService versions;
  @Inject VocabularyService vocabulary;
  @Resource UserTransaction transaction;

  public void load(String password) {
    try {
      transaction.setTransactionTimeout((int) LONGEST.toSeconds());
      transaction.begin();
      try {
        write(password);
      } catch (RuntimeException | Error e) {
        transaction.rollback();
        throw e;
      }
      transaction.commit();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) { // the transaction's checked exceptions: begin, commit, rollback
      throw new IllegalStateException("The demo content was not loaded", e);
    } finally {
      resetTimeout();
    }
    LOG.info(() -> "Demo content loaded: " + DemoPlan.ARTICLES.size() + " articles");
  }

  /** Later transactions of this thread get the server's limit again. */
  private void resetTimeout() {
    try {
      transaction.setTransactionTimeout(0);
    } catch (Exception e) {
      LOG.warning(() -> "Could not reset the transaction timeout: " + e);
    }
  }

  private void write(String password) {
    Actor editor = user("editor", "Editor (demo)", Set.of(Role.EDITOR), Set.of(), password);
    Actor reviewer =
        user("editor2", "Second editor (demo)", Set.of(Role.EDITOR), Set.of(), password);
    user("admin", "Administrator (demo)", Set.of(Role.ADMIN), Set.of(), password);
    Map<String, Actor> translators = new HashMap<>();
    TRANSLATORS.forEach(
        (name, languages) ->
            translators.put(
                languages.iterator().next(),
                user(name, name + " (demo)", Set.of(Role.TRANSLATOR), languages, password)));
    DemoVocabulary.write(vocabulary, editor);
    for (DemoPlan.Article plan : DemoPlan.ARTICLES) {
      new DemoWorkflow(versions, editor, reviewer, translators).write(create(editor, plan), plan);
    }
  }

  private String create(Actor editor, DemoPlan.Article plan) {
    DemoText text = DemoText.load(plan.key() + ".en");
    ArticleView article =
        articles.create(
            editor,
            new NewArticle(
                "en",
                text.title(),
                text.summary(),
                text.body(),
                plan.tags(),
                plan.author(),
                plan.source(),
                null,
                plan.section()));
    return article.id();
  }

  private Actor user(
      String name, String display, Set<Role> roles, Set<String> languages, String password) {
    return accounts.create(new NewUser(name, password, display, roles, languages)).actor();
  }
}
