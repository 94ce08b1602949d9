package dev.tilmash.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author signing at the end of an article without an {@code Author:} label: a name of two to
 * four capitalised words (initials and small particles such as {@code van}, {@code уулу} allowed),
 * a comma, and the author's position: {@code Aigerim Nurlanova, Senior Fellow at the Institute of
 * World Economy}, {@code Айгерим Нурланова, старший научный сотрудник}. The whole line is the
 * author line, as the article states it.
 */
final class Signature {
  private static final String NAME_WORD =
      "\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-'’]\\p{Lu}?[\\p{Ll}\\p{M}]+)*";
  private static final String PART = "(?:" + NAME_WORD + "|\\p{Lu}\\.)";
  private static final String PARTICLE = "\\p{Ll}{1,5}";
  private static final Pattern SIGNED =
      Pattern.compile(
          "(" + PART + "(?: " + PARTICLE + ")?(?: " + PART + "){1,3})\\s*,\\s*(\\p{L}.*?)");
  private static final int MAX_LENGTH = 250;
  private static final int MAX_POSITION_WORDS = 20;

  private Signature() {}

  /** The author line {@code text} is, if it is a signature. */
  static Optional<String> parse(String text, TextShape shape) {
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher signed = SIGNED.matcher(line);
    if (!signed.matches() || !position(signed.group(2), shape)) {
      return Optional.empty();
    }
    return Optional.of(line.endsWith(".") ? line.substring(0, line.length() - 1) : line);
  }

  /**
   * A position is a phrase, not a sentence: a few words, no sentence inside it, and at most a final
   * full stop when it has no comma (a comma before one would make it a clause: {@code Ivan Petrov,
   * the head of the union, said …}). One word is a position only in small letters ({@code
   * economist}); a capitalised one is a place or a name.
   */
  private static boolean position(String position, TextShape shape) {
    int words = shape.words(position);
    if (words == 0 || words > MAX_POSITION_WORDS || shape.sentences(position) > 1) {
      return false;
    }
    if (position.endsWith("!") || position.endsWith("?")) {
      return false;
    }
    if (position.endsWith(".") && !position.endsWith("..") && position.contains(",")) {
      return false;
    }
    return words > 1 || TextShape.startsLowerCase(position);
  }
}
