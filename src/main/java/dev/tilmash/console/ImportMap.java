package dev.tilmash.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's import map, the one inline script of {@code console/index.html}: browsers refuse an
 * external import map, so the Content-Security-Policy allows exactly this text by its SHA-256 hash,
 * computed from the deployed page so that upgrading Lit needs no second edit.
 */
public final class ImportMap {
  private static final Pattern INLINE =
      Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

  private ImportMap() {}

  /** The CSP source for the page's import map ({@code 'sha256-…'}), if it has one. */
  public static Optional<String> hashSource(String page) {
    Matcher matcher = INLINE.matcher(page);
    if (!matcher.find()) {
      return Optional.empty();
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(matcher.group(1).getBytes(StandardCharsets.UTF_8));
      return Optional.of("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The policy with the import map's hash added to {@code script-src}. */
  public static String allowIn(String policy, String page) {
    return hashSource(page)
        .map(hash -> policy.replace("script-src 'self'", "script-src 'self' " + hash))
        .orElse(policy);
  }
}
