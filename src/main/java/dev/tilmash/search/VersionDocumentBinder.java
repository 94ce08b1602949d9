package dev.tilmash.search;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.MarkdownBody;
import dev.tilmash.article.Revision;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Turns a {@link LanguageVersion} into its search document: the article id, language, whether it is
 * live, when it was published, the live title's {@link TitleCollation} key, the live title, summary
 * and body text in the {@link TextField}s of its language, and the working title for editors.
 *
 * <p>Every version is indexed, live or not, so editors find drafts; delivery filters on {@code
 * live}. The document is rebuilt whenever the version itself changes (a save moves {@code working},
 * publish and unpublish move {@code live} and {@code publishedAt}); revisions never change their
 * words, so changes inside them need no reindexing (see {@link SearchMapping}).
 */
final class VersionDocumentBinder implements TypeBinder {
  static final String ARTICLE_ID = "article_id";
  static final String LANGUAGE = "language";
  static final String LIVE = "live";
  static final String PUBLISHED_AT = "published_at";
  static final String TITLE_KEY = "title_key";

  @Override
  public void bind(TypeBindingContext context) {
    context
        .dependencies()
        .use("article")
        .use("language")
        .use("publishedAt")
        .use("live.title")
        .use("live.summary")
        .use("live.bodyHtml")
        .use("working.title");
    IndexSchemaElement schema = context.indexSchemaElement();
    IndexFieldTypeFactory types = context.typeFactory();
    Map<String, IndexFieldReference<String>> text = new HashMap<>();
    for (LanguageAnalysis analysis : LanguageAnalysis.values()) {
      for (TextField field : TextField.values()) {
        // Highlighting reads the stored text, so only what readers see is stored.
        Projectable stored = field == TextField.WORKING_TITLE ? Projectable.NO : Projectable.YES;
        text.put(
            field.name(analysis),
            schema
                .field(
                    field.name(analysis),
                    types.asString().analyzer(analysis.analyzerName()).projectable(stored))
                .toReference());
        if (analysis.transliterates()) {
          text.put(
              field.latinName(analysis),
              schema
                  .field(
                      field.latinName(analysis),
                      types.asString().analyzer(analysis.latinAnalyzerName()).projectable(stored))
                  .toReference());
        }
      }
    }
    context.bridge(
        LanguageVersion.class,
        new Bridge(
            schema.field(ARTICLE_ID, types.asString().projectable(Projectable.YES)).toReference(),
            schema.field(LANGUAGE, types.asString()).toReference(),
            schema.field(LIVE, types.asBoolean()).toReference(),
            schema.field(PUBLISHED_AT, types.asInstant().sortable(Sortable.YES)).toReference(),
            schema.field(TITLE_KEY, types.asString().sortable(Sortable.YES)).toReference(),
            text));
  }

  private record Bridge(
      IndexFieldReference<String> articleId,
      IndexFieldReference<String> language,
      IndexFieldReference<Boolean> live,
      IndexFieldReference<Instant> publishedAt,
      IndexFieldReference<String> titleKey,
      Map<String, IndexFieldReference<String>> text)
      implements TypeBridge<LanguageVersion> {
    private static final Map<String, LanguageAnalysis> ANALYSES = new ConcurrentHashMap<>();

    @Override
    public void write(
        DocumentElement target, LanguageVersion version, TypeBridgeWriteContext context) {
      target.addValue(articleId, version.article().id());
      target.addValue(language, version.language());
      LanguageAnalysis analysis =
          ANALYSES.computeIfAbsent(version.language(), LanguageAnalysis::of);
      Revision shown = version.live();
      target.addValue(live, shown != null);
      if (shown != null) {
        if (version.publishedAt() != null) {
          target.addValue(publishedAt, version.publishedAt());
        }
        target.addValue(titleKey, TitleCollation.key(version.language(), shown.title()));
        write(target, TextField.TITLE, analysis, shown.title());
        write(target, TextField.SUMMARY, analysis, shown.summary());
        write(target, TextField.BODY, analysis, MarkdownBody.toPlainText(shown.bodyHtml()));
      }
      if (version.working() != null) {
        write(target, TextField.WORKING_TITLE, analysis, version.working().title());
      }
    }

    private void write(
        DocumentElement target, TextField field, LanguageAnalysis analysis, String value) {
      if (value == null || value.isBlank()) {
        return;
      }
      target.addValue(text.get(field.name(analysis)), value);
      if (analysis.transliterates()) {
        target.addValue(text.get(field.latinName(analysis)), value);
      }
    }
  }
}
