package dev.tilmash.interchange;

import dev.tilmash.it.Api;
import dev.tilmash.it.Newsroom;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Export and import times over HTTP for a 2,000-word article: the median of 7 runs after 2 warm-up
 * runs is printed; nothing timed is asserted. It needs a running server with the demo accounts
 * (password {@code demo}), for example the IT server, and is given its application's URL: {@code
 * src/bench/run.sh XliffHttpThroughput http://localhost:9080/tilmash/}. It writes one article
 * (published in English, translated into Chinese) to that server. {@link XliffThroughput} measures
 * the same without HTTP or a database.
 */
public final class XliffHttpThroughput {
  private static final String XLIFF = "application/xliff+xml";
  private static final int WARM_UP = 2;
  private static final int RUNS = 7;

  private XliffHttpThroughput() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: XliffHttpThroughput APPLICATION_URL (ending in /)");
      System.exit(2);
    }
    URL base = URI.create(args[0]).toURL();
    Api api = Api.anonymous(base);
    Newsroom newsroom = new Newsroom(api);
    StringBuilder body = new StringBuilder();
    int words = 0;
    for (int i = 0; words < 2000; i++) {
      String paragraph =
          "Delegates from **five countries** met in *Astana* to discuss [trade](https://example.org/t)."
              + " Speakers agreed that customs duties are rarely the main problem today."
              + " Mr. Smith said trucks wait two to three days at some crossings.";
      body.append(i % 8 == 0 ? "## Section " + i + "\n\n" : "").append(paragraph).append("\n\n");
      words += paragraph.split("\\s+").length;
    }
    String id = newsroom.article("Long read", body.toString());
    newsroom.publish(id, "en", "editor");
    String path = Newsroom.version(id, "zh") + "/xliff";
    byte[] file = ok(api.as("translator.zh").get(path)).body().getBytes(StandardCharsets.UTF_8);
    String translated = new String(CatTool.translate(file), StandardCharsets.UTF_8);
    Api.Reply created =
        api.as("translator.zh").header("If-None-Match", "*").send("PUT", path, translated, XLIFF);
    String etag = ok(created).header("ETag");
    List<Double> exports = new ArrayList<>();
    List<Double> imports = new ArrayList<>();
    for (int run = 0; run < WARM_UP + RUNS; run++) {
      long start = System.nanoTime();
      ok(api.as("translator.zh").get(path));
      long exported = System.nanoTime();
      String changed = translated.replace("<target>", "<target>" + run);
      Api.Reply reply =
          api.as("translator.zh").header("If-Match", etag).send("PUT", path, changed, XLIFF);
      long imported = System.nanoTime();
      etag = ok(reply).header("ETag");
      if (run >= WARM_UP) {
        exports.add((exported - start) / 1e6);
        imports.add((imported - exported) / 1e6);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "XLIFF over HTTP, %d-word article (%d KB file): export median %.0f ms, import median %.0f"
            + " ms%n",
        words,
        file.length / 1024,
        median(exports),
        median(imports));
  }

  /** The reply, if it succeeded: a benchmark of failing requests measures nothing. */
  private static Api.Reply ok(Api.Reply reply) {
    if (reply.status() / 100 != 2) {
      throw new IllegalStateException("request failed: " + reply);
    }
    return reply;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
