package dev.tilmash.interchange;

import dev.tilmash.article.VersionView;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;

/**
 * The answer to an XLIFF import: the version as it now stands, which source revision the file was
 * made from and which the source is at, whether the file was merged onto a newer source or forced
 * over changed units, and the units left untranslated (their sentences are not in the revision).
 */
public record XliffImportView(
    String articleId,
    String language,
    String state,
    int workingRevision,
    Integer basedOnSourceRevision,
    boolean outdated,
    int fileSourceRevision,
    int currentSourceRevision,
    boolean merged,
    boolean forced,
    List<String> forcedUnits,
    List<String> untranslatedUnits,
    boolean submitted,
    @JsonbTransient boolean created,
    @JsonbTransient String etag) {

  static XliffImportView of(
      VersionView view,
      XliffImporter.Plan plan,
      int fileRevision,
      int currentRevision,
      boolean created,
      boolean submitted) {
    return new XliffImportView(
        view.articleId(),
        view.language(),
        view.state(),
        view.workingRevision(),
        view.basedOnSourceRevision(),
        view.outdated(),
        fileRevision,
        currentRevision,
        plan.merged(),
        !plan.forcedUnits().isEmpty(),
        plan.forcedUnits(),
        plan.untranslatedUnits(),
        submitted,
        created,
        view.etag());
  }
}
