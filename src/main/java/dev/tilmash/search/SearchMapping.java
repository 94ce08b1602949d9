package dev.tilmash.search;

import dev.tilmash.article.LanguageVersion;
import java.util.List;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * The search mapping, declared in code so the entities carry no search annotations: one document
 * per {@link LanguageVersion} in the index {@value #INDEX}, built by {@link VersionDocumentBinder}.
 * Named in {@code persistence.xml} ({@code hibernate.search.mapping.configurer}).
 *
 * <p>Hibernate Search reindexes a version when the version changes. Its associations are {@link
 * ReindexOnUpdate#SHALLOW}: a version pointing at another revision or article is a change of the
 * version, but nothing inside a revision (immutable words) or an article (its id) that the document
 * uses ever changes, so no reverse lookup from revisions to versions is needed. That includes the
 * article's tags, which search results show from the index: they are set when the article is
 * created. Should tags ever become editable, editing them must reindex the article's versions.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {
  static final String INDEX = "language_version";

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    TypeMappingStep version = context.programmaticMapping().type(LanguageVersion.class);
    version.indexed().index(INDEX);
    version.binder(new VersionDocumentBinder());
    for (String association : List.of("article", "live", "working")) {
      version.property(association).indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    }
  }
}
