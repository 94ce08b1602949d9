package dev.tilmash.audit;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit log, newest first, for admins and editors. */
@ApplicationScoped
@Transactional
public class AuditTrail {
  @PersistenceContext EntityManager em;

  /** Admins and editors read the log; anyone else gets a 403 that names both roles. */
  public static void requireReader(Actor actor) {
    if (!actor.is(Role.ADMIN) && !actor.is(Role.EDITOR)) {
      throw new ProblemException(
          ProblemType.MISSING_ROLE, Map.of("role", Role.ADMIN.id() + "|" + Role.EDITOR.id()));
    }
  }

  public Page<AuditEntry> read(AuditFilter filter, PageRequest page) {
    List<String> tests = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    condition(tests, params, "e.articleId = :article", "article", filter.articleId());
    condition(tests, params, "e.actor = :user", "user", filter.user());
    condition(tests, params, "e.at >= :from", "from", filter.from());
    condition(tests, params, "e.at < :to", "to", filter.to());
    condition(tests, params, "e.kind = :kind", "kind", filter.kind());
    String where = tests.isEmpty() ? "" : " where " + String.join(" and ", tests);
    TypedQuery<AuditEvent> select =
        em.createQuery(
            "select e from AuditEvent e" + where + " order by e.at desc, e.id desc",
            AuditEvent.class);
    TypedQuery<Long> count =
        em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
    params.forEach(
        (name, value) -> {
          select.setParameter(name, value);
          count.setParameter(name, value);
        });
    return new Page<>(
        select
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(AuditEntry::of)
            .toList(),
        page.page(),
        page.size(),
        count.getSingleResult());
  }

  private static void condition(
      List<String> tests, Map<String, Object> params, String test, String name, Object value) {
    if (value != null) {
      tests.add(test);
      params.put(name, value);
    }
  }
}
