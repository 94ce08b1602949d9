package dev.tilmash.search;

import jakarta.persistence.EntityManagerFactory;

/** A whole index build ({@link IndexRebuild}) from an emptied index, for {@link SearchBenchmark}. */
final class SearchBenchmarkRebuild {
  private SearchBenchmarkRebuild() {}

  static long run(EntityManagerFactory factory) {
    SearchBenchmark.inTransaction(
        factory,
        em -> {
          IndexRebuild.using(em).purge();
          return null;
        });
    Long last = null;
    do {
      Long after = last;
      last = SearchBenchmark.inTransaction(factory, em -> IndexRebuild.using(em).indexAfter(after));
    } while (last != null);
    SearchBenchmark.inTransaction(
        factory,
        em -> {
          IndexRebuild.using(em).finish();
          return null;
        });
    return SearchBenchmark.inTransaction(factory, em -> IndexRebuild.using(em).indexedVersions());
  }
}
