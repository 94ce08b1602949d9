package dev.tilmash.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.junit.jupiter.params.provider.CsvSource;

class ZipUploadTest {
  private static final UploadLimits LIMITS = new UploadLimits(3, 1000, 2500);

  @Test
  void shouldReadTheFilesOfAnArchive() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("one.txt", "One\n\nText".getBytes(StandardCharsets.UTF_8));
    entries.put("two.md", "# Two".getBytes(StandardCharsets.UTF_8));
    List<UploadedFile> files = ZipUpload.read(new ByteArrayInputStream(zip(entries)), LIMITS);
    assertEquals(List.of("one.txt", "two.md"), files.stream().map(UploadedFile::name).toList());
    assertArrayEquals(entries.get("two.md"), files.get(1).content());
  }

  @Test
  void shouldSkipTheMetadataMacosAdds() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("one.txt", bytes(10));
    entries.put("__MACOSX/._one.txt", bytes(10));
    entries.put(".DS_Store", bytes(10));
    assertEquals(1, ZipUpload.read(new ByteArrayInputStream(zip(entries)), LIMITS).size());
  }

  @ParameterizedTest
  @CsvSource({
    "../evil.txt, traversal",
    "a/../../evil.txt, traversal",
    "/etc/passwd.txt, traversal",
    "C:/Windows/evil.txt, traversal",
    "folder\\evil.txt, traversal",
    "folder/article.txt, folder",
    "folder/, folder"
  })
  void shouldRefuseEntriesOutsideTheTopLevel(String name, String reason) {
    ProblemException refused = refused(zip(Map.of(name, bytes(5))));
    assertEquals(ProblemType.ARCHIVE_REFUSED, refused.type());
    assertEquals(reason, refused.arguments().get("reason"));
    assertEquals(name, refused.arguments().get("entry"));
  }

  @Test
  void shouldStopAZipBombAtTheFirstByteOverTheLimit() {
    byte[] bomb = zip(Map.of("bomb.txt", new byte[50_000_000]));
    assertEquals(true, bomb.length < 100_000, "fifty megabytes of zeros pack small");
    ProblemException refused = refused(bomb);
    assertEquals(ProblemType.IMPORT_TOO_LARGE, refused.type());
    assertEquals("file", refused.arguments().get("limit"));
    assertEquals("bomb.txt", refused.arguments().get("file"));
  }

  @Test
  void shouldCountTheUnpackedBytesOfAllEntries() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a.txt", bytes(900));
    entries.put("b.txt", bytes(900));
    entries.put("c.txt", bytes(900));
    ProblemException refused = refused(zip(entries));
    assertEquals("archive", refused.arguments().get("limit"));
    assertEquals(2500L, refused.arguments().get("max"));
  }

  @Test
  void shouldCountFilesAndEntries() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      files.put(i + ".txt", bytes(1));
    }
    assertEquals("files", refused(zip(files)).arguments().get("limit"));
    Map<String, byte[]> junk = new LinkedHashMap<>();
    for (int i = 0; i < 8; i++) {
      junk.put("__MACOSX/._" + i, bytes(1));
    }
    assertEquals("files", refused(zip(junk)).arguments().get("limit"));
  }

  @Test
  void shouldRefuseWhatIsNotAZipArchive() {
    assertEquals(
        "unreadable",
        refused("just text".getBytes(StandardCharsets.UTF_8)).arguments().get("reason"));
    byte[] truncated = zip(Map.of("a.txt", "x".repeat(500).getBytes(StandardCharsets.UTF_8)));
    byte[] damaged = java.util.Arrays.copyOf(truncated, 40);
    assertEquals("unreadable", refused(damaged).arguments().get("reason"));
  }

  private static ProblemException refused(byte[] archive) {
    return assertThrows(
        ProblemException.class, () -> ZipUpload.read(new ByteArrayInputStream(archive), LIMITS));
  }

  private static byte[] bytes(int n) {
    return "x".repeat(n).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
