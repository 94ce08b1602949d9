package dev.tilmash.importing;

/**
 * A line of an imported file that did not go into the article, and the debris rule that dropped it
 * ({@code before-title} for what an HTML page shows above its {@code <h1>}).
 */
public record DroppedLine(String text, String rule) {
  private static final int MAX_SHOWN = 200;

  public DroppedLine {
    String collapsed = text.strip().replaceAll("\\s+", " ");
    text =
        collapsed.length() > MAX_SHOWN
            ? collapsed.substring(0, MAX_SHOWN - 1).stripTrailing() + "…"
            : collapsed;
  }
}
