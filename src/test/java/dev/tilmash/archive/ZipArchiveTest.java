package dev.tilmash.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one archive reader: unsafe names refused whatever the feature, limits the feature's own. */
class ZipArchiveTest {
  /** A policy that allows folders and answers limits with a problem of its own. */
  private static final ArchivePolicy FOLDERS =
      new ArchivePolicy() {
        @Override
        public int maxFiles() {
          return 2;
        }

        @Override
        public long maxFileBytes() {
          return 100;
        }

        @Override
        public long maxArchiveBytes() {
          return 150;
        }

        @Override
        public boolean foldersAllowed() {
          return true;
        }

        @Override
        public ProblemException limitPassed(String limit, long max, String entry) {
          return new ProblemException(ProblemType.BODY_TOO_LARGE, Map.of("limit", limit));
        }

        @Override
        public ProblemException unreadable() {
          return new ProblemException(ProblemType.XLIFF_MALFORMED, Map.of("reason", "zip"));
        }
      };

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/abs.xlf",
        "../x.xlf",
        "a/../../x.xlf",
        "a\\x.xlf",
        "C:/x.xlf",
        "a/\u0000.xlf",
        "__MACOSX/../../x"
      })
  void shouldRefuseANameOutsideTheArchiveEvenWhereFoldersAreAllowed(String name) {
    ProblemException refused = assertThrows(ProblemException.class, () -> read(Map.of(name, "x")));
    assertEquals(ProblemType.ARCHIVE_REFUSED, refused.type());
    assertEquals("traversal", refused.arguments().get("reason"));
    assertEquals(name, refused.arguments().get("entry"));
  }

  @Test
  void shouldReadFilesInFoldersAndSkipFoldersAndHiddenFiles() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("ru/", "");
    entries.put("ru/one.xlf", "one");
    entries.put("ru/.hidden", "h");
    entries.put("__MACOSX/ru/._one.xlf", "m");
    entries.put("two.xlf", "two");
    List<ZipArchive.Entry> files = read(entries);
    assertEquals(
        List.of("ru/one.xlf", "two.xlf"), files.stream().map(ZipArchive.Entry::name).toList());
    assertEquals("two", new String(files.get(1).content(), StandardCharsets.UTF_8));
  }

  @Test
  void shouldAnswerLimitsAndUnreadableBodiesWithThePolicysProblems() {
    Map<String, String> three = new LinkedHashMap<>();
    three.put("a", "1");
    three.put("b", "2");
    three.put("c", "3");
    assertEquals("files", limit(three));
    assertEquals("file", limit(Map.of("big", "x".repeat(101))));
    Map<String, String> heavy = new LinkedHashMap<>();
    heavy.put("a", "x".repeat(80));
    heavy.put("b", "x".repeat(80));
    assertEquals("archive", limit(heavy));
    ProblemException unreadable =
        assertThrows(
            ProblemException.class,
            () ->
                ZipArchive.readAll(
                    new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)),
                    FOLDERS));
    assertEquals(ProblemType.XLIFF_MALFORMED, unreadable.type());
  }

  private static String limit(Map<String, String> entries) {
    ProblemException refused = assertThrows(ProblemException.class, () -> read(entries));
    assertEquals(ProblemType.BODY_TOO_LARGE, refused.type());
    return (String) refused.arguments().get("limit");
  }

  private static List<ZipArchive.Entry> read(Map<String, String> entries) {
    return ZipArchive.readAll(new ByteArrayInputStream(zip(entries)), FOLDERS);
  }

  private static byte[] zip(Map<String, String> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
