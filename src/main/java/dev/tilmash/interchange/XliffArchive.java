package dev.tilmash.interchange;

import dev.tilmash.archive.ArchivePolicy;
import dev.tilmash.archive.ZipArchive;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * The zip of an XLIFF batch, read by the shared {@link ZipArchive}: at most {@code
 * tilmash.xliff.max-files} files of at most {@code tilmash.xliff.max-file-bytes} each, in folders
 * or not. A limit passed, or a body that is no zip archive, is {@code xliff-malformed} (reason
 * {@code entries}, {@code size} or {@code zip}); an entry outside the archive is {@code
 * archive-refused}, as it is for imports.
 */
final class XliffArchive implements ArchivePolicy {
  private final XliffSettings settings;

  XliffArchive(XliffSettings settings) {
    this.settings = settings;
  }

  /**
   * How many files the archive holds, every name and limit checked, so that an upload that breaks
   * one is refused before anything is imported. One file at a time is in memory.
   */
  int check(byte[] zip) {
    int[] files = {0};
    ZipArchive.read(new ByteArrayInputStream(zip), this, entry -> files[0]++);
    if (files[0] == 0) {
      throw unreadable();
    }
    return files[0];
  }

  /** Hands each file to {@code handler}, in archive order. */
  void forEach(byte[] zip, ZipArchive.EntryHandler handler) {
    ZipArchive.read(new ByteArrayInputStream(zip), this, handler);
  }

  @Override
  public int maxFiles() {
    return settings.maxFiles();
  }

  @Override
  public long maxFileBytes() {
    return settings.maxFileBytes();
  }

  /** No limit of its own: the files are read one at a time, and each and their count are bound. */
  @Override
  public long maxArchiveBytes() {
    return Long.MAX_VALUE;
  }

  @Override
  public boolean foldersAllowed() {
    return true;
  }

  @Override
  public ProblemException limitPassed(String limit, long max, String entry) {
    return entry == null
        ? new ProblemException(
            ProblemType.XLIFF_MALFORMED, Map.of("reason", "entries", "limit", max))
        : new ProblemException(
            ProblemType.XLIFF_MALFORMED, Map.of("reason", "size", "limit", max, "file", entry));
  }

  @Override
  public ProblemException unreadable() {
    return new ProblemException(ProblemType.XLIFF_MALFORMED, Map.of("reason", "zip"));
  }
}
