package dev.tilmash.importing;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the files of a zip archive into memory, safely: entries are counted and every byte is
 * counted as it is inflated (the sizes an archive declares are not trusted), so a zip bomb stops at
 * the first byte over a limit. Entry names must be plain file names: an absolute path or {@code ..}
 * refuses the archive, and so does a folder, as the files of an import are one flat list. The
 * metadata entries macOS adds ({@code __MACOSX/}, {@code .DS_Store}) are read, counted and skipped.
 * Nothing is ever written to disk.
 */
final class ZipUpload {
  private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
  private static final int BUFFER = 8192;

  private final UploadLimits limits;
  private long archiveBytes;

  private ZipUpload(UploadLimits limits) {
    this.limits = limits;
  }

  /**
   * The files of the archive in {@code zip}.
   *
   * @throws ProblemException {@code ARCHIVE_REFUSED} for an unsafe or unreadable archive, {@code
   *     IMPORT_TOO_LARGE} when a limit is passed
   */
  static List<UploadedFile> read(InputStream zip, UploadLimits limits) {
    try {
      return new ZipUpload(limits).files(zip);
    } catch (IOException | IllegalArgumentException unreadable) {
      throw refused("unreadable", "");
    }
  }

  private List<UploadedFile> files(InputStream body) throws IOException {
    BufferedInputStream in = new BufferedInputStream(body);
    in.mark(LOCAL_HEADER.length);
    if (!Arrays.equals(in.readNBytes(LOCAL_HEADER.length), LOCAL_HEADER)) {
      throw refused("unreadable", "");
    }
    in.reset();
    List<UploadedFile> files = new ArrayList<>();
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > limits.maxEntries()) {
          throw tooLarge("files", limits.maxFiles(), null);
        }
        String name = entry.getName();
        boolean junk = isMacMetadata(name);
        if (!junk) {
          checkName(name);
        }
        byte[] content = inflate(zip, name);
        if (!junk) {
          if (files.size() == limits.maxFiles()) {
            throw tooLarge("files", limits.maxFiles(), null);
          }
          files.add(new UploadedFile(name, content));
        }
      }
    }
    return files;
  }

  private byte[] inflate(ZipInputStream zip, String name) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
      if (out.size() + n > limits.maxFileBytes()) {
        throw tooLarge("file", limits.maxFileBytes(), name);
      }
      archiveBytes += n;
      if (archiveBytes > limits.maxArchiveBytes()) {
        throw tooLarge("archive", limits.maxArchiveBytes(), null);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void checkName(String name) {
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
    if (name.contains("/")) {
      throw refused("folder", name);
    }
  }

  private static boolean isMacMetadata(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    return name.startsWith("__MACOSX/") || base.equals(".DS_Store");
  }

  private static ProblemException refused(String reason, String entry) {
    return new ProblemException(
        ProblemType.ARCHIVE_REFUSED, Map.of("reason", reason, "entry", entry));
  }

  static ProblemException tooLarge(String limit, long max, String file) {
    return file == null
        ? new ProblemException(ProblemType.IMPORT_TOO_LARGE, Map.of("limit", limit, "max", max))
        : new ProblemException(
            ProblemType.IMPORT_TOO_LARGE, Map.of("limit", limit, "max", max, "file", file));
  }
}
