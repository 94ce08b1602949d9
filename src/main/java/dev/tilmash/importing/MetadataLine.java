package dev.tilmash.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that states an article's author or source, such as {@code Author: Aigerim Bekova} or
 * {@code Источник: Kazinform}: a label of one or two words, a colon, and a short value. The label
 * may be misspelled ({@link MetadataField#isLabel}); emphasis around it ({@code **Source:**}) is
 * ignored.
 *
 * @param field what the line states
 * @param value the stated author or source
 */
public record MetadataLine(MetadataField field, String value) {
  /** Longer values are sentences that happen to start with a label, not metadata. */
  static final int MAX_VALUE = 200;

  private static final Pattern LINE =
      Pattern.compile("[*_\\s]*([\\p{L}]+(?: [\\p{L}]+)?)[*_\\s]*[:：][*_\\s]*(.+?)[*_\\s]*");

  /** The metadata {@code text} states, if it is a metadata line. */
  public static Optional<MetadataLine> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = LINE.matcher(text.strip().replaceAll("\\s+", " "));
    if (!matcher.matches() || matcher.group(2).length() > MAX_VALUE) {
      return Optional.empty();
    }
    String label = matcher.group(1).toLowerCase(Locale.ROOT);
    return Arrays.stream(MetadataField.values())
        .filter(field -> field.isLabel(label))
        .findFirst()
        .map(field -> new MetadataLine(field, matcher.group(2)));
  }
}
