package dev.tilmash.interchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits and thresholds of the XLIFF interchange ({@code tilmash.xliff.*}). */
@ApplicationScoped
public class XliffSettings {
  /** Translation-memory matches at least this similar (0..1) are offered as candidates. */
  @Inject
  @ConfigProperty(name = "tilmash.xliff.fuzzy-minimum", defaultValue = "0.75")
  double fuzzyMinimum;

  /** At most this many candidates per segment. */
  @Inject
  @ConfigProperty(name = "tilmash.xliff.fuzzy-limit", defaultValue = "3")
  int fuzzyLimit;

  /** The largest XLIFF file a zip may hold, uncompressed, in bytes. */
  @Inject
  @ConfigProperty(name = "tilmash.xliff.max-file-bytes", defaultValue = "1048576")
  int maxFileBytes;

  /** The most files one zip may hold, on export and on import. */
  @Inject
  @ConfigProperty(name = "tilmash.xliff.max-files", defaultValue = "200")
  int maxFiles;

  public double fuzzyMinimum() {
    return fuzzyMinimum;
  }

  public int fuzzyLimit() {
    return fuzzyLimit;
  }

  public int maxFileBytes() {
    return maxFileBytes;
  }

  public int maxFiles() {
    return maxFiles;
  }
}
