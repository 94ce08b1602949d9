package dev.tilmash.interchange;

import dev.tilmash.article.EditorialFilter;
import dev.tilmash.article.WorkflowState;
import dev.tilmash.shared.Parameters;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which articles go into a batch export for one target language: those with a translation in that
 * language matching the filters (archived translations only when asked for by state), or, with
 * {@code missing}, those that have no translation in it yet. Articles written in that language are
 * never included. Newest first.
 */
@ApplicationScoped
public class XliffSelection {
  private static final String OUTDATED =
      "exists (select s from LanguageVersion s where s.article = a"
          + " and s.language = a.sourceLanguage"
          + " and s.majorPublishedRevision > coalesce(v.basedOnSourceRevision, 0))";

  @PersistenceContext EntityManager em;

  /** The filters of a batch; {@code state} and {@code outdated} apply to existing translations. */
  public record Filter(
      String language, WorkflowState state, Boolean outdated, String q, boolean missing) {
    /**
     * The filter of a batch export's query parameters: a language is required, and {@code missing}
     * (versions that do not exist yet) excludes the filters on existing versions.
     */
    public static Filter parse(
        String language, String state, String outdatedParam, String q, String missingParam) {
      Boolean outdated = Parameters.flag("outdated", outdatedParam);
      boolean missing = Parameters.isSet("missing", missingParam);
      if (language == null || language.isBlank()) {
        throw new ProblemException(
            ProblemType.INVALID_FIELD, Map.of("fields", List.of("language")));
      }
      if (missing && (state != null || outdated != null)) {
        throw new ProblemException(
            ProblemType.INVALID_FIELD, Map.of("fields", List.of("missing", "state", "outdated")));
      }
      return new Filter(language, EditorialFilter.parseState(state), outdated, q, missing);
    }
  }

  public long count(Filter filter) {
    return query(filter, "count(a)", Long.class).getSingleResult();
  }

  public List<String> articleIds(Filter filter) {
    return query(filter, "a.id", String.class).getResultList();
  }

  private <T> TypedQuery<T> query(Filter filter, String select, Class<T> type) {
    Map<String, Object> params = new HashMap<>();
    params.put("language", filter.language());
    StringBuilder jpql = new StringBuilder("select ").append(select);
    if (filter.missing()) {
      jpql.append(
          " from Article a where a.sourceLanguage <> :language and not exists (select v from"
              + " LanguageVersion v where v.article = a and v.language = :language)");
    } else {
      jpql.append(
          " from LanguageVersion v join v.article a where v.language = :language"
              + " and a.sourceLanguage <> :language");
      if (filter.state() != null) {
        jpql.append(" and v.state = :state");
        params.put("state", filter.state());
      } else {
        jpql.append(" and v.state <> :archived");
        params.put("archived", WorkflowState.ARCHIVED);
      }
      if (filter.outdated() != null) {
        jpql.append(filter.outdated() ? " and " : " and not ").append(OUTDATED);
      }
    }
    if (filter.q() != null && !filter.q().isBlank()) {
      jpql.append(
          " and exists (select t from LanguageVersion t join t.working r"
              + " where t.article = a and lower(r.title) like :q escape '!')");
      params.put("q", "%" + escapeLike(filter.q().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (!select.startsWith("count")) {
      jpql.append(" order by a.createdAt desc, a.id");
    }
    TypedQuery<T> query = em.createQuery(jpql.toString(), type);
    params.forEach(query::setParameter);
    return query;
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
