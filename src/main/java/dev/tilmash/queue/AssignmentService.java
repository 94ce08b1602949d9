package dev.tilmash.queue;

import dev.tilmash.account.AccountService;
import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.account.UserAccount;
import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.audit.AuditKind;
import dev.tilmash.audit.AuditLog;
import dev.tilmash.audit.AuditSubject;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;

/**
 * Editors assign language versions to translators (or to editors) and take them back. Every change
 * of assignee is written to the audit log in the same transaction; assigning the same person again
 * changes and records nothing.
 */
@ApplicationScoped
@Transactional
public class AssignmentService {
  @Inject ArticleRepository articles;
  @Inject AccountService accounts;
  @Inject LanguageSet languages;
  @Inject AuditLog audit;

  public AssigneeView assign(Actor editor, String articleId, String lang, String username) {
    editor.require(Role.EDITOR);
    String language = languages.require(lang).tag();
    LanguageVersion version = articles.requireLockedVersion(articleId, language);
    Actor assignee = username == null ? null : activeUser(username);
    String previous = version.assign(editor, assignee);
    if (!Objects.equals(previous, version.assignee())) {
      audit.record(
          editor.username(),
          AuditKind.ASSIGNMENT,
          AuditSubject.version(articleId, language, version.working().number()),
          detail(previous, version.assignee()));
    }
    return new AssigneeView(articleId, language, version.assignee());
  }

  private Actor activeUser(String username) {
    return accounts
        .find(username)
        .filter(UserAccount::enabled)
        .map(UserAccount::actor)
        .orElseThrow(
            () -> new ProblemException(ProblemType.UNKNOWN_USER, Map.of("username", username)));
  }

  static String detail(String previous, String now) {
    if (now == null) {
      return "unassigned " + previous;
    }
    return previous == null
        ? "assigned to " + now
        : "assigned to " + now + " (was " + previous + ")";
  }
}
