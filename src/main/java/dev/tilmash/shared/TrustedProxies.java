package dev.tilmash.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The addresses whose forwarding headers are believed: IP addresses and CIDR ranges ({@code
 * 10.0.0.0/8}, {@code ::1}), as {@code tilmash.proxy.trusted} lists them. Only literal addresses
 * are accepted, so that checking a client never asks DNS.
 */
public final class TrustedProxies {
  private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private record Range(byte[] network, int bits) {}

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = ranges;
  }

  /**
   * @param list comma-separated addresses and ranges; empty trusts nobody
   * @throws IllegalArgumentException naming an entry that is neither
   */
  public static TrustedProxies of(String list) {
    List<Range> ranges = new ArrayList<>();
    for (String entry : list.split(",")) {
      String item = entry.strip();
      if (item.isEmpty()) {
        continue;
      }
      int slash = item.indexOf('/');
      byte[] address = literal(slash < 0 ? item : item.substring(0, slash));
      int bits = address == null ? -1 : address.length * 8;
      if (address != null && slash >= 0) {
        String prefix = item.substring(slash + 1);
        bits = prefix.matches("\\d{1,3}") ? Integer.parseInt(prefix) : -1;
      }
      if (address == null || bits < 0 || bits > address.length * 8) {
        throw new IllegalArgumentException("not an IP address or CIDR range: " + item);
      }
      ranges.add(new Range(address, bits));
    }
    return new TrustedProxies(List.copyOf(ranges));
  }

  /** Whether a request from {@code remoteAddress} came through a trusted proxy. */
  public boolean trusts(String remoteAddress) {
    byte[] address = remoteAddress == null ? null : literal(remoteAddress);
    return address != null && ranges.stream().anyMatch(range -> within(address, range));
  }

  private static boolean within(byte[] address, Range range) {
    if (address.length != range.network().length) {
      return false;
    }
    int whole = range.bits() / 8;
    if (!Arrays.equals(address, 0, whole, range.network(), 0, whole)) {
      return false;
    }
    int rest = range.bits() % 8;
    int mask = (0xff << (8 - rest)) & 0xff;
    return rest == 0 || (address[whole] & mask) == (range.network()[whole] & mask);
  }

  private static byte[] literal(String text) {
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (!LITERAL.matcher(bare).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(bare).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
