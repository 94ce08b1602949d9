package dev.tilmash.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The memory of a soak ({@code scale.sh --soak}) as a plot and one line of figures. Reads the CSV
 * that {@code soak.sh} writes (seconds, RSS, heap used, heap committed, metaspace, in MB), draws
 * RSS, the committed heap and the used heap over time as an SVG, and prints RSS at the start and
 * the end, its range over the second half, and the slope of a least-squares line through the
 * second half in MB per 10 minutes: the figure that says whether memory is flat.
 *
 * <p>Usage: {@code java SoakPlot soak.csv soak.svg title}
 */
public final class SoakPlot {
  private static final int WIDTH = 760;
  private static final int HEIGHT = 340;
  private static final int LEFT = 60;
  private static final int RIGHT = 150;
  private static final int TOP = 36;
  private static final int BOTTOM = 44;

  /** Issue 15's bound for RSS after the standard load, drawn for comparison. */
  private static final int TARGET_MB = 400;

  private SoakPlot() {}

  /** One reading of the soak. */
  record Sample(double seconds, double rss, double heapUsed, double heapCommitted) {}

  public static void main(String[] args) throws IOException {
    List<Sample> samples = read(Path.of(args[0]));
    if (samples.size() < 4) {
      throw new IllegalArgumentException("too few samples: " + samples.size());
    }
    Files.writeString(Path.of(args[1]), svg(samples, args[2]), StandardCharsets.UTF_8);
    List<Sample> half = samples.subList(samples.size() / 2, samples.size());
    double[] rss = half.stream().mapToDouble(Sample::rss).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "RSS %.0f MB at the start, %.0f MB at the end; second half: median %.0f, min %.0f, max %.0f"
            + " MB, slope %+.1f MB per 10 min; heap committed at the end %.0f MB, used %.0f MB%n",
        samples.get(0).rss(),
        samples.get(samples.size() - 1).rss(),
        rss[rss.length / 2],
        rss[0],
        rss[rss.length - 1],
        slope(half) * 600,
        samples.get(samples.size() - 1).heapCommitted(),
        samples.get(samples.size() - 1).heapUsed());
  }

  static List<Sample> read(Path csv) throws IOException {
    List<Sample> samples = new ArrayList<>();
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      String[] f = line.split(",");
      if (f.length < 4 || !Character.isDigit(f[0].charAt(0))) {
        continue; // the heading, or a reading jstat could not take
      }
      samples.add(
          new Sample(
              Double.parseDouble(f[0]),
              Double.parseDouble(f[1]),
              Double.parseDouble(f[2]),
              Double.parseDouble(f[3])));
    }
    return samples;
  }

  /** RSS against time, least squares: MB per second. */
  static double slope(List<Sample> samples) {
    double n = samples.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (Sample s : samples) {
      sx += s.seconds();
      sy += s.rss();
      sxx += s.seconds() * s.seconds();
      sxy += s.seconds() * s.rss();
    }
    double d = n * sxx - sx * sx;
    return d == 0 ? 0 : (n * sxy - sx * sy) / d;
  }

  static String svg(List<Sample> samples, String title) {
    double tMax = samples.get(samples.size() - 1).seconds();
    double yMax = samples.stream().mapToDouble(Sample::rss).max().orElse(1);
    yMax = Math.ceil(yMax / 100) * 100;
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/>%n"
                + "<text x=\"%d\" y=\"20\" font-size=\"14\">%s</text>%n",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT,
            LEFT,
            escape(title)));
    for (int mb = 0; mb <= yMax; mb += 100) {
      double y = TOP + plotH - mb / yMax * plotH;
      out.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d MB</text>%n",
              LEFT,
              y,
              LEFT + plotW,
              y,
              LEFT - 6,
              y + 4,
              mb));
    }
    double target = TOP + plotH - Math.min(TARGET_MB, yMax) / yMax * plotH;
    out.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555\""
                + " stroke-dasharray=\"6 4\"/><text x=\"%.1f\" y=\"%.1f\">target %d MB</text>%n",
            LEFT,
            target,
            LEFT + plotW,
            target,
            LEFT + plotW + 12,
            target + 4,
            TARGET_MB));
    int step = tMax > 1200 ? 300 : 60;
    for (int t = 0; t <= tMax; t += step) {
      double x = LEFT + t / tMax * plotW;
      out.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                  + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d min</text>%n",
              x,
              TOP,
              x,
              TOP + plotH,
              x,
              TOP + plotH + 18,
              t / 60));
    }
    String[][] series = {{"RSS", "#c0392b"}, {"heap committed", "#2471a3"}, {"heap used", "#7fb3d5"}};
    for (int i = 0; i < series.length; i++) {
      int which = i;
      double[] values =
          samples.stream()
              .mapToDouble(
                  s -> which == 0 ? s.rss() : which == 1 ? s.heapCommitted() : s.heapUsed())
              .toArray();
      out.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
          .append(series[i][1])
          .append("\" points=\"");
      for (int k = 0; k < values.length; k++) {
        out.append(
            String.format(
                Locale.ROOT,
                "%.1f,%.1f ",
                LEFT + samples.get(k).seconds() / tMax * plotW,
                TOP + plotH - Math.min(values[k], yMax) / yMax * plotH));
      }
      out.append("\"/>\n");
      double y = TOP + 14 + i * 20;
      out.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>"
                  + "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n",
              LEFT + plotW + 12,
              y,
              LEFT + plotW + 32,
              y,
              series[i][1],
              LEFT + plotW + 38,
              y + 4,
              series[i][0]));
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
