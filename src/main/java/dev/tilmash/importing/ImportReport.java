package dev.tilmash.importing;

import java.util.List;

/** The outcome of one import: a report per file, in the order the files came. */
public record ImportReport(List<FileReport> files) {
  public ImportReport {
    files = List.copyOf(files);
  }

  public long created() {
    return files.stream().filter(FileReport::ok).count();
  }

  public long failed() {
    return files.size() - created();
  }
}
