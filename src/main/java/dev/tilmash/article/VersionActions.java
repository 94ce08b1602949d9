package dev.tilmash.article;

import com.ibm.icu.util.ULocale;
import dev.tilmash.account.Actor;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;

/**
 * What the caller may do to one language version now, and for each thing they may not, the problem
 * they would get: the workflow's answer for this user (role, language scope, four eyes, state),
 * asked of the domain without taking the step. The console greys out a button with this reason
 * instead of copying the workflow's rules.
 */
@ApplicationScoped
@Transactional
public class VersionActions {
  @Inject ArticleRepository articles;
  @Inject LanguageSet languages;
  @Inject ProblemResponses problems;

  /** Every action with whether the caller may take it now. */
  public record View(String articleId, String language, String state, List<Action> actions) {}

  /** One action; {@code refusal} is left out when it is allowed. */
  public record Action(String action, boolean allowed, Refusal refusal) {}

  /** The problem the step would be refused with, localized, and its short name. */
  public record Refusal(String reason, int status, String title, String detail) {}

  public View of(Actor actor, String articleId, String lang, String acceptLanguage) {
    String tag = languages.require(lang).tag();
    LanguageVersion version = articles.requireVersion(articleId, tag);
    ULocale locale = problems.messages().localeFor(acceptLanguage);
    List<Action> actions =
        Arrays.stream(WorkflowAction.values()).map(a -> ask(version, a, actor, locale)).toList();
    return new View(articleId, tag, version.state().name(), actions);
  }

  private Action ask(LanguageVersion version, WorkflowAction action, Actor actor, ULocale locale) {
    try {
      version.requireStep(action, actor);
      return new Action(action.id(), true, null);
    } catch (ProblemException refused) {
      JsonObject body = problems.body(refused, locale, null);
      return new Action(
          action.id(),
          false,
          new Refusal(
              refused.type().slug(),
              refused.type().status(),
              body.getString("title"),
              body.getString("detail")));
    }
  }
}
