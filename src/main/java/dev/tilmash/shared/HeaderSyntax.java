package dev.tilmash.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The grammar (RFC 9110) of the request headers that the servlet container and RESTEasy parse on
 * their own and fail on with answers of their own: {@code Content-Type}, {@code Accept}, {@code
 * Host} and {@code Content-Length}. Each has a length bound, so that no parser down the line ever
 * sees a header longer than a real client sends. {@code Accept-Language} is not here: a garbage one
 * is no preference ({@code AcceptLanguageGuard}), not an error.
 */
public final class HeaderSyntax {
  static final int MAX_MEDIA_TYPE = 512;
  static final int MAX_ACCEPT = 512;
  static final int MAX_HOST = 255;
  static final int MAX_CONTENT_LENGTH_DIGITS = 18;

  private static final String TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
  private static final String QUOTED =
      "\"(?:[\\t \\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\\t \\x21-\\x7E])*\"";
  private static final String OWS = "[ \\t]*";
  private static final String PARAMETER =
      OWS + ";" + OWS + "(?:" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED + "))?";
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(OWS + TOKEN + "/" + TOKEN + "(?:" + PARAMETER + ")*" + OWS);
  private static final Pattern WEIGHT =
      Pattern.compile("(?i)q=(?:0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?)");
  private static final Pattern PARAM_PAIR =
      Pattern.compile(TOKEN + "=(?:" + TOKEN + "|" + QUOTED + ")");
  private static final Pattern HOST =
      Pattern.compile(
          "(?:\\[[0-9A-Fa-f:.]+\\]|(?:[A-Za-z0-9\\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+)"
              + "(?::[0-9]{0,5})?");
  private static final Pattern DIGITS =
      Pattern.compile("[0-9]{1," + MAX_CONTENT_LENGTH_DIGITS + "}");

  private HeaderSyntax() {}

  /**
   * The name of the first header among those checked that does not parse, or empty. {@code values}
   * gives every value a header was sent with (none when absent).
   */
  public static Optional<String> firstMalformed(Function<String, List<String>> values) {
    if (!values.apply("Content-Type").stream().allMatch(HeaderSyntax::isMediaType)) {
      return Optional.of("Content-Type");
    }
    if (!values.apply("Accept").stream().allMatch(HeaderSyntax::isAccept)) {
      return Optional.of("Accept");
    }
    List<String> hosts = values.apply("Host");
    if (hosts.size() > 1 || !hosts.stream().allMatch(HeaderSyntax::isHost)) {
      return Optional.of("Host");
    }
    List<String> lengths = values.apply("Content-Length");
    if (lengths.stream().distinct().count() > 1
        || !lengths.stream().allMatch(HeaderSyntax::isContentLength)) {
      return Optional.of("Content-Length");
    }
    return Optional.empty();
  }

  static boolean isMediaType(String value) {
    return value.length() <= MAX_MEDIA_TYPE && MEDIA_TYPE.matcher(value).matches();
  }

  /** A list of media ranges, each with parameters and at most one well-formed weight. */
  static boolean isAccept(String value) {
    if (value.length() > MAX_ACCEPT) {
      return false;
    }
    for (String element : value.split(",", -1)) {
      if (!element.isBlank() && !isMediaRange(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMediaRange(String element) {
    String[] parts = element.split(";", -1);
    if (!MEDIA_TYPE.matcher(parts[0]).matches()) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.isEmpty()) {
        continue;
      }
      boolean weight = parameter.regionMatches(true, 0, "q=", 0, 2);
      if (weight
          ? !WEIGHT.matcher(parameter).matches()
          : !PARAM_PAIR.matcher(parameter).matches()) {
        return false;
      }
    }
    return true;
  }

  static boolean isHost(String value) {
    return !value.isEmpty() && value.length() <= MAX_HOST && HOST.matcher(value).matches();
  }

  static boolean isContentLength(String value) {
    return DIGITS.matcher(value.strip()).matches();
  }
}
