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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Writes the demo newsroom through the real services, as its people would: the editor creates each
 * article, translators write their languages, editor2 reviews and the editor publishes. All of it
 * is one transaction, so a failed load leaves the database empty.
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

  @Inject AccountService accounts;
  @Inject ArticleService articles;
  @Inject VersionService versions;
  @Inject VocabularyService vocabulary;

  @Transactional
  public void load(String password) {
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
    LOG.info(() -> "Demo content loaded: " + DemoPlan.ARTICLES.size() + " articles");
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
