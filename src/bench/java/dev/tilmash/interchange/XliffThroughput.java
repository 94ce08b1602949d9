package dev.tilmash.interchange;

import dev.tilmash.article.VersionContent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Export and import throughput for a 2,000-word article, container-free (no database, no HTTP): the
 * median of 31 runs after 20 warm-up runs is printed; nothing is asserted. Run it with {@code
 * src/bench/run.sh XliffThroughput}; {@link XliffHttpThroughput} measures the same over HTTP.
 */
public final class XliffThroughput {
  private static final int WARM_UP = 20;
  private static final int RUNS = 31;

  private XliffThroughput() {}

  public static void main(String[] args) {
    VersionContent article = article(2000);
    XliffExporter.Source source = XliffFixtures.source(7, article);
    XliffExporter exporter = new XliffExporter(null, 0.75, 3);
    byte[] exported = XliffWriter.write(exporter.export(source, "ru", null, XliffFixtures.NOW));
    byte[] translated = CatTool.translate(exported);
    int words = article.body().split("\\s+").length;

    double export =
        median(() -> XliffWriter.write(exporter.export(source, "ru", null, XliffFixtures.NOW)));
    VersionContent russian =
        new XliffImporter(XliffReader.read(translated))
            .plan(7, article, 7, article, false, false)
            .content();
    XliffExporter.Target target = new XliffExporter.Target(2, "\"1-1\"", "final", russian, article);
    double prefilled =
        median(() -> XliffWriter.write(exporter.export(source, "ru", target, XliffFixtures.NOW)));
    double imported =
        median(
            () -> {
              XliffImporter importer = new XliffImporter(XliffReader.read(translated));
              importer.sourceRevision(XliffFixtures.ARTICLE, "en", "ru");
              return importer.plan(7, article, 7, article, false, false);
            });
    System.out.printf(
        Locale.ROOT,
        "article: %d words, %d units; XLIFF %d KB empty, %d KB translated%n",
        words,
        ArticleBlocks.of(article).size(),
        exported.length / 1024,
        translated.length / 1024);
    report("export (no translation yet)", export, words);
    report("export (pre-filled from a translation)", prefilled, words);
    report("import (parse, check, rebuild Markdown)", imported, words);
  }

  private static void report(String what, double millis, int words) {
    System.out.printf(
        Locale.ROOT,
        "%-42s median %7.2f ms  = %6.1f articles/s = %8.0f words/s%n",
        what,
        millis,
        1000 / millis,
        words * 1000 / millis);
  }

  private static double median(Supplier<?> work) {
    for (int i = 0; i < WARM_UP; i++) {
      work.get();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.get();
      times.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(times);
    return times.get(RUNS / 2);
  }

  /** A news article of about {@code words} words: paragraphs with bold, italic and links. */
  static VersionContent article(int words) {
    String[] sentences = {
      "Delegates from all five Central Asian countries gathered in **Astana** this week.",
      "The opening panel dealt with the *practical obstacles* that exporters face every day.",
      "Speakers agreed that customs duties are rarely the main problem.",
      "The programme is published on the [forum website](https://example.org/forum).",
      "Mr. Smith said trucks wait two to three days at some crossings during the harvest.",
      "Several participants called for mutual recognition of certificates and joint inspections.",
    };
    StringBuilder body = new StringBuilder();
    int count = 0;
    int block = 0;
    while (count < words) {
      if (block % 6 == 0) {
        body.append("## Section ").append(block / 6 + 1).append("\n\n");
        count += 2;
      }
      StringBuilder paragraph = new StringBuilder();
      for (int i = 0; i < 4 && count < words; i++) {
        String sentence = sentences[(block + i) % sentences.length];
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
        count += sentence.split("\\s+").length;
      }
      body.append(block % 5 == 4 ? "- " : "").append(paragraph).append("\n\n");
      block++;
    }
    return new VersionContent(
        "Astana forum puts trade at the centre",
        "A long report for the benchmark.",
        body.toString());
  }
}
