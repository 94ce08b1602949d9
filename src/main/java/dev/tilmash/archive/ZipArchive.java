package dev.tilmash.archive;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The one reader of uploaded zip archives, for imports and XLIFF batches alike. Entries are counted
 * and every byte is counted as it is inflated (the sizes an archive declares are not trusted), so a
 * zip bomb stops at the first byte over a limit. An entry name must stay inside the archive: an
 * absolute path, a drive letter, a backslash, a control character or a {@code ..} segment refuses
 * the whole archive ({@code archive-refused}, reason {@code traversal}), as does a folder where the
 * policy allows none (reason {@code folder}). Folder entries themselves, the metadata macOS adds
 * ({@code __MACOSX/}) and hidden files (a name starting with a dot, such as {@code .DS_Store}) are
 * read, counted and skipped. Nothing is ever written to disk, and one file at a time is in memory.
 */
public final class ZipArchive {
  private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
  private static final int BUFFER = 8192;

  /** One file of an archive: its name as the archive spells it, and its bytes. */
  public record Entry(String name, byte[] content) {}

  /** What is done with each file, in archive order. */
  @FunctionalInterface
  public interface EntryHandler {
    void accept(Entry entry);
  }

  private final ArchivePolicy policy;
  private long archiveBytes;

  private ZipArchive(ArchivePolicy policy) {
    this.policy = policy;
  }

  /**
   * Hands every file of the archive in {@code zip} to {@code handler}, checking each name and limit
   * before the file is handed on.
   *
   * @throws ProblemException {@code ARCHIVE_REFUSED} for an unsafe name, or the policy's problem
   *     for a limit passed or an unreadable archive
   */
  public static void read(InputStream zip, ArchivePolicy policy, EntryHandler handler) {
    try {
      new ZipArchive(policy).files(zip, handler);
    } catch (IOException | IllegalArgumentException unreadable) {
      throw policy.unreadable();
    }
  }

  /** Every file of the archive, in memory; the policy's limits bound how much that is. */
  public static List<Entry> readAll(InputStream zip, ArchivePolicy policy) {
    List<Entry> files = new ArrayList<>();
    read(zip, policy, files::add);
    return files;
  }

  private void files(InputStream body, EntryHandler handler) throws IOException {
    BufferedInputStream in = new BufferedInputStream(body);
    in.mark(LOCAL_HEADER.length);
    if (!Arrays.equals(in.readNBytes(LOCAL_HEADER.length), LOCAL_HEADER)) {
      throw policy.unreadable();
    }
    in.reset();
    int entries = 0;
    int files = 0;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > policy.maxEntries()) {
          throw policy.limitPassed("files", policy.maxFiles(), null);
        }
        String name = entry.getName();
        boolean hidden = isHidden(name);
        checkName(name, hidden);
        boolean skipped = hidden || entry.isDirectory();
        byte[] content = inflate(zip, name);
        if (!skipped) {
          if (++files > policy.maxFiles()) {
            throw policy.limitPassed("files", policy.maxFiles(), null);
          }
          handler.accept(new Entry(name, content));
        }
      }
    }
  }

  private byte[] inflate(ZipInputStream zip, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
      if (out.size() + n > policy.maxFileBytes()) {
        throw policy.limitPassed("file", policy.maxFileBytes(), name);
      }
      archiveBytes += n;
      if (archiveBytes > policy.maxArchiveBytes()) {
        throw policy.limitPassed("archive", policy.maxArchiveBytes(), null);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private void checkName(String name, boolean hidden) {
    boolean absolute = name.startsWith("/") || name.matches("^[A-Za-z]:.*");
    boolean unsafe =
        name.isBlank()
            || absolute
            || name.contains("\\")
            || name.chars().anyMatch(Character::isISOControl)
            || Arrays.asList(name.split("/")).contains("..");
    if (unsafe) {
      throw refused("traversal", name);
    }
    if (name.contains("/") && !hidden && !policy.foldersAllowed()) {
      throw refused("folder", name);
    }
  }

  /** The metadata macOS adds, and hidden files such as {@code .DS_Store}. */
  private static boolean isHidden(String name) {
    String base = name.endsWith("/") ? "" : name.substring(name.lastIndexOf('/') + 1);
    return name.startsWith("__MACOSX/") || base.startsWith(".");
  }

  private static ProblemException refused(String reason, String entry) {
    return new ProblemException(
        ProblemType.ARCHIVE_REFUSED, Map.of("reason", reason, "entry", entry));
  }
}
