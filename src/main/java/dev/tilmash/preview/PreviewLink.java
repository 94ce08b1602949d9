package dev.tilmash.preview;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a signed preview link lets through: one article's version in one language, at one revision
 * or whatever its working revision is when the link is opened ({@link #WORKING}), until {@code
 * expires}. Its signature is an HMAC-SHA256 over exactly these four, with the server's key; a link
 * changed in any of them no longer verifies.
 */
record PreviewLink(String articleId, String language, String revision, long expires) {
  static final String WORKING = "working";
  private static final String ALGORITHM = "HmacSHA256";

  Instant expiresAt() {
    return Instant.ofEpochSecond(expires);
  }

  /** The revision number the link names, or null for the working revision. */
  Integer revisionNumber() {
    return WORKING.equals(revision) ? null : Integer.valueOf(revision);
  }

  /** The link's signature under {@code key}, in unpadded base64url. */
  String signature(byte[] key) {
    String signed = "v1\n" + articleId + "\n" + language + "\n" + revision + "\n" + expires;
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      byte[] digest = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code signature} is this link's under {@code key}, compared in constant time. */
  boolean signedBy(byte[] key, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            signature(key).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The link a request names, or null when its parts do not have the shape of one (a revision that
   * is neither {@code working} nor a positive number, an expiry that is not epoch seconds).
   */
  static PreviewLink parse(String articleId, String language, String revision, String expires) {
    if (revision == null || expires == null || !expires.matches("[0-9]{1,12}")) {
      return null;
    }
    if (!WORKING.equals(revision) && !revision.matches("[1-9][0-9]{0,8}")) {
      return null;
    }
    return new PreviewLink(articleId, language, revision, Long.parseLong(expires));
  }
}
