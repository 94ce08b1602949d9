package dev.tilmash.archive;

import dev.tilmash.shared.ProblemException;

/**
 * What a feature accepts in an uploaded zip archive, and how it says no when a limit is passed.
 * Unsafe entry names are refused the same way for every feature ({@code archive-refused}); only the
 * limits and their problems are the feature's own.
 */
public interface ArchivePolicy {
  /** Files an archive may hold, not counting the hidden entries {@link ZipArchive} skips. */
  int maxFiles();

  /** Bytes one file may unpack to. */
  long maxFileBytes();

  /** Bytes all entries together may unpack to. */
  long maxArchiveBytes();

  /** Whether files may sit in folders ({@code a/b.xlf}); if not, such an entry is refused. */
  boolean foldersAllowed();

  /**
   * The problem for a limit passed: {@code limit} is {@code files}, {@code file} (then {@code
   * entry} names it) or {@code archive}; {@code max} is the limit.
   */
  ProblemException limitPassed(String limit, long max, String entry);

  /** The problem for a body that is not a readable zip archive. */
  ProblemException unreadable();

  /**
   * Entries an archive may have: the files, as many again for the metadata entries macOS adds
   * ({@code __MACOSX/._name}), plus one.
   */
  default int maxEntries() {
    return 2 * maxFiles() + 1;
  }
}
