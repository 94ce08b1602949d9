package dev.tilmash.interchange;

import dev.tilmash.article.VersionContent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Exports for the tests: an English source with every kind of inline formatting. */
final class XliffFixtures {
  static final String ARTICLE = "0f8a4c2e-6a43-4a4e-9d1b-2c7d5e9f1a00";
  static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  static final VersionContent SOURCE =
      new VersionContent(
          "Grain exports rise",
          "Kazakhstan shipped more wheat. Prices held.",
          """
          The **Middle Corridor** links *Kazakhstan* with [the Caucasus](https://example.org/caucasus "Route"). \
          Trains now take `12` days.

          ## Figures

          - about **4 million** tonnes
          - about 50,000 containers

          > "The border becomes a filter," an adviser said. Others agreed.

          ```
          code stays
          ```

          Mr. Smith arrived on Monday. He left on Friday.
          """);

  /** A Russian translation of {@link #SOURCE}, block for block and sentence for sentence. */
  static final VersionContent RUSSIAN =
      new VersionContent(
          "Экспорт зерна растёт",
          "Казахстан отгрузил больше пшеницы. Цены не изменились.",
          """
          **Средний коридор** связывает *Казахстан* с [Кавказом](https://example.org/caucasus "Route"). \
          Поезда теперь идут `12` дней.

          ## Цифры

          - около **4 млн** тонн
          - около 50 000 контейнеров

          > «Граница становится фильтром», — сказал советник. Остальные согласились.

          ```
          code stays
          ```

          Г-н Смит прибыл в понедельник. Он уехал в пятницу.
          """);

  private XliffFixtures() {}

  /** The source with one sentence of the last paragraph changed. */
  static VersionContent sourceWithChangedLastParagraph() {
    return new VersionContent(
        SOURCE.title(),
        SOURCE.summary(),
        SOURCE.body().replace("arrived on Monday", "arrived on Tuesday"));
  }

  static XliffExporter.Target russian(String state) {
    return new XliffExporter.Target(4, "\"7-12\"", state, RUSSIAN, SOURCE);
  }

  static XliffExporter.Source source(int revision, VersionContent content) {
    return new XliffExporter.Source(ARTICLE, "en", revision, content);
  }

  static byte[] export(String lang) {
    return export(source(3, SOURCE), lang, null);
  }

  static byte[] export(XliffExporter.Source source, String lang, XliffExporter.Target target) {
    return XliffWriter.write(new XliffExporter(null, 0.75, 3).export(source, lang, target, NOW));
  }

  static String text(byte[] xml) {
    return new String(xml, StandardCharsets.UTF_8);
  }
}
