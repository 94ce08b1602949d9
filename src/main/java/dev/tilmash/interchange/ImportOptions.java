package dev.tilmash.interchange;

import dev.tilmash.shared.Parameters;

/**
 * How an XLIFF file is taken in: {@code force} merges units whose source changed since the export,
 * {@code submit} submits the version for review once it is saved.
 */
public record ImportOptions(boolean force, boolean submit) {
  /** The options of the query parameters {@code force} and {@code submit} (flags). */
  public static ImportOptions of(String force, String submit) {
    return new ImportOptions(Parameters.isSet("force", force), Parameters.isSet("submit", submit));
  }
}
