package dev.tilmash.importing;

import dev.tilmash.archive.ArchivePolicy;
import dev.tilmash.archive.ZipArchive;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The files of an import's zip archive, read by the shared {@link ZipArchive} under the import's
 * limits: files only at the top level of the archive, at most {@link UploadLimits#maxFiles()} of
 * them, each and all together within the byte limits ({@code import-too-large}), and {@code
 * archive-refused} for an archive that cannot be read.
 */
final class ZipUpload implements ArchivePolicy {
  private final UploadLimits limits;

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
    return ZipArchive.readAll(zip, new ZipUpload(limits)).stream()
        .map(entry -> new UploadedFile(entry.name(), entry.content()))
        .toList();
  }

  @Override
  public int maxFiles() {
    return limits.maxFiles();
  }

  @Override
  public long maxFileBytes() {
    return limits.maxFileBytes();
  }

  @Override
  public long maxArchiveBytes() {
    return limits.maxArchiveBytes();
  }

  @Override
  public boolean foldersAllowed() {
    return false; // the files of an import are one flat list
  }

  @Override
  public ProblemException limitPassed(String limit, long max, String entry) {
    return tooLarge(limit, max, entry);
  }

  @Override
  public ProblemException unreadable() {
    return new ProblemException(
        ProblemType.ARCHIVE_REFUSED, Map.of("reason", "unreadable", "entry", ""));
  }

  static ProblemException tooLarge(String limit, long max, String file) {
    return file == null
        ? new ProblemException(ProblemType.IMPORT_TOO_LARGE, Map.of("limit", limit, "max", max))
        : new ProblemException(
            ProblemType.IMPORT_TOO_LARGE, Map.of("limit", limit, "max", max, "file", file));
  }
}
