package dev.tilmash.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which of the codings on offer a reader accepts, best first (RFC 9110, section 12.5.3). A coding
 * is weighted by its own entry, else by {@code *}; identity is acceptable unless an entry (its own
 * or {@code *}) gives it {@code q=0}; {@code q=0} refuses. Equal weights go by {@link
 * ContentCoding}'s order. No header, or an empty one, asks for identity. An entry that does not
 * parse (a bad {@code q}, a bad token) is left out, as if it was not sent: a header that a proxy or
 * an old client mangled never costs a reader the article. When nothing on offer is acceptable, the
 * answer is identity anyway, which the RFC allows and every client can read.
 */
final class AcceptEncoding {
  private static final int UNSET = -1;

  private AcceptEncoding() {}

  /**
   * The acceptable codings among {@code offered} (which holds identity), best first; never empty.
   */
  static List<ContentCoding> acceptable(String header, Set<ContentCoding> offered) {
    if (header == null || header.isBlank()) {
      return List.of(ContentCoding.IDENTITY);
    }
    Map<String, Integer> weights = weights(header);
    int any = weights.getOrDefault("*", UNSET);
    Map<ContentCoding, Integer> accepted = new EnumMap<>(ContentCoding.class);
    for (ContentCoding coding : offered) {
      int weight = weights.getOrDefault(coding.token(), any);
      if (weight == UNSET) {
        weight = coding == ContentCoding.IDENTITY ? 1 : 0;
      }
      if (weight > 0) {
        accepted.put(coding, weight);
      }
    }
    if (accepted.isEmpty()) {
      return List.of(ContentCoding.IDENTITY);
    }
    List<ContentCoding> best = new ArrayList<>(accepted.keySet());
    best.sort(Comparator.comparing((ContentCoding c) -> -accepted.get(c)));
    return List.copyOf(best);
  }

  /** Each named coding's weight in thousandths; a name given twice keeps its first weight. */
  private static Map<String, Integer> weights(String header) {
    Map<String, Integer> weights = new HashMap<>();
    for (String element : header.split(",")) {
      String[] parts = element.split(";", -1);
      String name = parts[0].trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty() || !isToken(name)) {
        continue;
      }
      int weight = weight(parts);
      if (weight != UNSET) {
        weights.putIfAbsent("x-gzip".equals(name) ? "gzip" : name, weight);
      }
    }
    return weights;
  }

  /** The {@code q} of an element in thousandths, 1000 without one, {@link #UNSET} if malformed. */
  private static int weight(String[] parts) {
    int weight = 1000;
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.isEmpty()) {
        continue;
      }
      int equals = parameter.indexOf('=');
      if (equals < 0) {
        return UNSET;
      }
      if (parameter.substring(0, equals).trim().equalsIgnoreCase("q")) {
        weight = qvalue(parameter.substring(equals + 1).trim());
        if (weight == UNSET) {
          return UNSET;
        }
      }
    }
    return weight;
  }

  /** {@code 0[.ddd]} or {@code 1[.000]} in thousandths, else {@link #UNSET}. */
  static int qvalue(String text) {
    if (text.isEmpty() || text.length() > 5 || (text.charAt(0) != '0' && text.charAt(0) != '1')) {
      return UNSET;
    }
    int whole = text.charAt(0) - '0';
    if (text.length() == 1) {
      return whole * 1000;
    }
    if (text.charAt(1) != '.') {
      return UNSET;
    }
    int thousandths = 0;
    int scale = 100;
    for (int i = 2; i < text.length(); i++, scale /= 10) {
      char digit = text.charAt(i);
      if (digit < '0' || digit > '9') {
        return UNSET;
      }
      thousandths += (digit - '0') * scale;
    }
    return whole == 1 && thousandths > 0 ? UNSET : whole * 1000 + thousandths;
  }

  private static boolean isToken(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
