package dev.tilmash.search;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.Revision;
import dev.tilmash.text.PlainText;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.backend.types.dsl.StringIndexFieldTypeOptionsStep;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Turns a {@link LanguageVersion} into its search document: the article id, language, whether it is
 * live, when it was published, the live title's {@link TitleCollation} key, the live title, summary
 * and body text in the {@link TextField}s of its language, and the working title for editors.
 *
 * <p>The document also stores, unsearched, what a search result shows besides its highlights (the
 * slug, the live title and summary, the article's tag and section keys; see {@link
 * IndexedVersions}), so that public search answers from the index alone, without loading entities.
 * Its {@link DocumentFormat} marks documents written by this binder, so that an index written by an
 * older one is rebuilt; the version's id and row version (its optimistic lock, raised by every
 * change) let {@link IndexReconciliation} find the documents that do not show the row as it is.
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
  static final String SLUG = "slug";
  static final String LIVE_TITLE = "live_title";
  static final String LIVE_SUMMARY = "live_summary";
  static final String TAGS = "tags";
  static final String SECTION = "section";
  static final String FORMAT = DocumentFormat.FIELD;
  static final String VERSION_ID = "version_id";
  static final String ROW_VERSION = "row_version";

  @Override
  public void bind(TypeBindingContext context) {
    context
        .dependencies()
        .use("article")
        .use("version")
        .use("article.tags")
        .use("article.section")
        .use("language")
        .use("slug")
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
        text.put(
            field.name(analysis),
            schema
                .field(field.name(analysis), textType(types, field, analysis.analyzerName()))
                .toReference());
        if (analysis.transliterates()) {
          text.put(
              field.latinName(analysis),
              schema
                  .field(
                      field.latinName(analysis),
                      textType(types, field, analysis.latinAnalyzerName()))
                  .toReference());
        }
      }
    }
    context.bridge(
        LanguageVersion.class,
        new Bridge(
            schema.field(ARTICLE_ID, types.asString().projectable(Projectable.YES)).toReference(),
            schema.field(LANGUAGE, types.asString().projectable(Projectable.YES)).toReference(),
            schema.field(LIVE, types.asBoolean()).toReference(),
            schema
                .field(
                    PUBLISHED_AT,
                    types.asInstant().sortable(Sortable.YES).projectable(Projectable.YES))
                .toReference(),
            schema.field(TITLE_KEY, types.asString().sortable(Sortable.YES)).toReference(),
            schema.field(SLUG, storedOnly(types)).toReference(),
            schema.field(LIVE_TITLE, storedOnly(types)).toReference(),
            schema.field(LIVE_SUMMARY, storedOnly(types)).toReference(),
            schema.field(TAGS, storedOnly(types)).multiValued().toReference(),
            schema.field(SECTION, storedOnly(types)).toReference(),
            schema.field(FORMAT, types.asInteger().projectable(Projectable.YES)).toReference(),
            schema
                .field(
                    VERSION_ID, types.asLong().sortable(Sortable.YES).projectable(Projectable.YES))
                .toReference(),
            schema.field(ROW_VERSION, types.asLong().projectable(Projectable.YES)).toReference(),
            text));
  }

  /**
   * What readers see is stored, for highlighting. The body also keeps its terms' offsets in term
   * vectors: the highlighter then finds the matches in a hit's body without analysing the whole
   * text again, which cost most of a search (Chinese segmentation of whole bodies). Titles and
   * summaries are short enough to analyse again, and term vectors on them would make the
   * highlighter decode the body's vectors for each of them too.
   */
  private static StringIndexFieldTypeOptionsStep<?> textType(
      IndexFieldTypeFactory types, TextField field, String analyzer) {
    StringIndexFieldTypeOptionsStep<?> type = types.asString().analyzer(analyzer);
    return switch (field) {
      case WORKING_TITLE -> type.projectable(Projectable.NO);
      case BODY -> type.projectable(Projectable.YES).termVector(TermVector.WITH_POSITIONS_OFFSETS);
      case TITLE, SUMMARY -> type.projectable(Projectable.YES);
    };
  }

  private static StringIndexFieldTypeOptionsStep<?> storedOnly(IndexFieldTypeFactory types) {
    return types.asString().searchable(Searchable.NO).projectable(Projectable.YES);
  }

  private record Bridge(
      IndexFieldReference<String> articleId,
      IndexFieldReference<String> language,
      IndexFieldReference<Boolean> live,
      IndexFieldReference<Instant> publishedAt,
      IndexFieldReference<String> titleKey,
      IndexFieldReference<String> slug,
      IndexFieldReference<String> liveTitle,
      IndexFieldReference<String> liveSummary,
      IndexFieldReference<String> tags,
      IndexFieldReference<String> section,
      IndexFieldReference<Integer> format,
      IndexFieldReference<Long> versionId,
      IndexFieldReference<Long> rowVersion,
      Map<String, IndexFieldReference<String>> text)
      implements TypeBridge<LanguageVersion> {
    private static final Map<String, LanguageAnalysis> ANALYSES = new ConcurrentHashMap<>();

    @Override
    public void write(
        DocumentElement target, LanguageVersion version, TypeBridgeWriteContext context) {
      target.addValue(format, DocumentFormat.CURRENT);
      target.addValue(versionId, version.id());
      target.addValue(rowVersion, version.version());
      target.addValue(articleId, version.article().id());
      target.addValue(language, version.language());
      target.addValue(slug, version.slug());
      LanguageAnalysis analysis =
          ANALYSES.computeIfAbsent(version.language(), LanguageAnalysis::of);
      Revision shown = version.live();
      target.addValue(live, shown != null);
      if (shown != null) {
        if (version.publishedAt() != null) {
          target.addValue(publishedAt, version.publishedAt());
        }
        target.addValue(titleKey, TitleCollation.key(version.language(), shown.title()));
        target.addValue(liveTitle, shown.title());
        target.addValue(liveSummary, shown.summary());
        version.article().tags().forEach(tag -> target.addValue(tags, tag));
        if (version.article().section() != null) {
          target.addValue(section, version.article().section());
        }
        write(target, TextField.TITLE, analysis, shown.title());
        write(target, TextField.SUMMARY, analysis, shown.summary());
        write(target, TextField.BODY, analysis, PlainText.of(shown.bodyHtml()));
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
