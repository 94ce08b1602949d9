package dev.tilmash.interchange;

import dev.tilmash.account.Actor;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips of XLIFF files for a translation agency: one file per article for one target language out,
 * any number of such files back in. Each file of an upload is imported in a transaction of its own,
 * all or nothing, and answered with a line of the report: what it became, or the problem exactly as
 * a single import would have answered it. An upload that breaks the limits (more files, or a larger
 * file, than allowed) is refused whole before anything is imported.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class XliffBatchService {
  @Inject XliffExportService exports;
  @Inject XliffImportService imports;
  @Inject XliffSettings settings;
  @Inject ProblemResponses problems;

  public byte[] exportZip(XliffSelection.Filter filter) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Set<String> names = new HashSet<>();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (XliffExportService.Export file : exports.exportBatch(filter)) {
        String name = file.fileName();
        for (int n = 2; !names.add(name); n++) {
          name = file.fileName().replaceFirst("\\.xlf$", "-" + n + ".xlf");
        }
        zip.putNextEntry(new ZipEntry(name));
        zip.write(file.xliff());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * @param request what the error path needs to render a file's problem as the request would
   */
  public JsonObject importZip(
      Actor actor, byte[] zip, ImportOptions options, ProblemResponses.FailedRequest request) {
    XliffArchive archive = new XliffArchive(settings);
    int files = archive.check(zip);
    JsonArrayBuilder results = Json.createArrayBuilder();
    int[] imported = {0};
    archive.forEach(
        zip,
        entry -> {
          JsonObject result =
              importOne(
                  actor, entry.name(), entry.content(), options.force(), options.submit(), request);
          imported[0] += result.containsKey("problem") ? 0 : 1;
          results.add(result);
        });
    return Json.createObjectBuilder()
        .add("files", files)
        .add("imported", imported[0])
        .add("failed", files - imported[0])
        .add("results", results)
        .build();
  }

  private JsonObject importOne(
      Actor actor,
      String name,
      byte[] content,
      boolean force,
      boolean submit,
      ProblemResponses.FailedRequest request) {
    JsonObjectBuilder result = Json.createObjectBuilder().add("file", name);
    try {
      XliffReader.Result read = XliffReader.read(content);
      XliffImportView view = imports.importDocument(actor, read, force, submit);
      return result
          .add("status", view.created() ? 201 : 200)
          .add("articleId", view.articleId())
          .add("language", view.language())
          .add("imported", json(view))
          .build();
    } catch (RuntimeException e) {
      ProblemException problem = problems.problem(e, request);
      return result
          .add("status", problem.type().status())
          .add("problem", problems.body(problem, request.acceptLanguage(), request.path()))
          .build();
    }
  }

  private static JsonObject json(XliffImportView view) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("state", view.state())
            .add("workingRevision", view.workingRevision())
            .add("outdated", view.outdated())
            .add("fileSourceRevision", view.fileSourceRevision())
            .add("currentSourceRevision", view.currentSourceRevision())
            .add("merged", view.merged())
            .add("forced", view.forced())
            .add("forcedUnits", strings(view.forcedUnits()))
            .add("untranslatedUnits", strings(view.untranslatedUnits()))
            .add("submitted", view.submitted());
    if (view.basedOnSourceRevision() != null) {
      json.add("basedOnSourceRevision", view.basedOnSourceRevision());
    }
    return json.build();
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}
