package dev.tilmash.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemResponses;
import dev.tilmash.shared.ProblemType;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The zip side of a batch: limits checked before anything is imported, a report line per file. */
class XliffBatchServiceTest {
  private static final Actor TRANSLATOR =
      new Actor("translator.kk", Set.of(Role.TRANSLATOR), Set.of("kk"));
  private static final ProblemResponses.FailedRequest REQUEST =
      new ProblemResponses.FailedRequest("en", "POST", "/api/v1/xliff", "translator.kk");

  private final XliffBatchService batch = new XliffBatchService();

  private int imports;

  @BeforeEach
  void wire() {
    batch.settings = new XliffSettings();
    batch.settings.maxFiles = 3;
    batch.settings.maxFileBytes = 64 * 1024;
    batch.problems = new ProblemResponses();
    batch.imports =
        new XliffImportService() {
          @Override
          public XliffImportView importDocument(
              Actor actor, XliffReader.Result read, boolean force, boolean submit) {
            imports++;
            if (read.document().targetLanguage().equals("ru")) {
              throw new ProblemException(
                  ProblemType.XLIFF_STALE,
                  Map.of("fileRevision", 1, "sourceRevision", 2, "staleUnits", List.of("b1")));
            }
            return new XliffImportView(
                "a1", "kk", "DRAFT", 2, 3, false, 3, 3, false, false, List.of(), List.of(), false,
                true, "\"1-2\"");
          }
        };
  }

  private static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private JsonObject upload(Map<String, byte[]> files) {
    return batch.importZip(TRANSLATOR, zip(files), new ImportOptions(false, false), REQUEST);
  }

  @Test
  void shouldAnswerEachFileWithItsRevisionOrItsProblem() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("one.xlf", XliffFixtures.export("kk"));
    files.put("__MACOSX/._one.xlf", new byte[] {0});
    files.put("stale.xlf", XliffFixtures.export("ru"));
    files.put("broken.xlf", "<xliff".getBytes(StandardCharsets.UTF_8));
    JsonObject report = upload(files);
    assertEquals(3, report.getInt("files"));
    assertEquals(1, report.getInt("imported"));
    assertEquals(2, report.getInt("failed"));
    assertEquals(201, report.getJsonArray("results").getJsonObject(0).getInt("status"));
    JsonObject stale = report.getJsonArray("results").getJsonObject(1);
    assertEquals(409, stale.getInt("status"));
    assertEquals(
        "https://tilmash.dev/problems/xliff-stale",
        stale.getJsonObject("problem").getString("type"));
    assertEquals(400, report.getJsonArray("results").getJsonObject(2).getInt("status"));
    assertEquals(2, imports, "the broken file never reached the import");
  }

  @Test
  void shouldRefuseTheWholeUploadWhenAFileIsTooLargeUnpacked() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("one.xlf", XliffFixtures.export("kk"));
    files.put("bomb.xlf", new byte[1024 * 1024]);
    ProblemException problem = assertThrows(ProblemException.class, () -> upload(files));
    assertEquals(ProblemType.XLIFF_MALFORMED, problem.type());
    assertEquals("size", problem.arguments().get("reason"));
    assertEquals(0, imports);
  }

  @Test
  void shouldRefuseTooManyFiles() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      files.put(i + ".xlf", XliffFixtures.export("kk"));
    }
    ProblemException problem = assertThrows(ProblemException.class, () -> upload(files));
    assertEquals("entries", problem.arguments().get("reason"));
    assertEquals(0, imports);
  }

  @Test
  void shouldRefuseTheWholeUploadWhenAnEntryPointsOutsideTheArchive() {
    for (String name : List.of("/abs.xlf", "../x.xlf")) {
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put("one.xlf", XliffFixtures.export("kk"));
      files.put(name, XliffFixtures.export("kk"));
      ProblemException problem = assertThrows(ProblemException.class, () -> upload(files));
      assertEquals(ProblemType.ARCHIVE_REFUSED, problem.type());
      assertEquals("traversal", problem.arguments().get("reason"));
      assertEquals(name, problem.arguments().get("entry"));
    }
    assertEquals(0, imports, "nothing was imported, not even the good file before it");
  }

  @Test
  void shouldRefuseABodyThatIsNotAZip() {
    ProblemException problem =
        assertThrows(
            ProblemException.class,
            () ->
                batch.importZip(
                    TRANSLATOR,
                    "plain text".getBytes(StandardCharsets.UTF_8),
                    new ImportOptions(false, false),
                    REQUEST));
    assertEquals("zip", problem.arguments().get("reason"));
  }
}
