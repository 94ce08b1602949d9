package dev.tilmash.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tilmash.changes.ChangeKind;
import dev.tilmash.changes.ChangesArrived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;

/**
 * Remembers recently verified credentials for a few minutes. PBKDF2 is deliberately slow (a tenth
 * of a second), and HTTP Basic sends the password with every request; without this every management
 * call would pay for it. Only a SHA-256 of the password is kept. A change of a user's access or
 * password forgets their entries at once, and again once it committed (a request in between may
 * have remembered the old password); another instance's change arrives through the change log
 * ({@link ChangesArrived}). An entry lives five minutes at most, the backstop.
 */
@ApplicationScoped
public class CredentialCache {
  private final Cache<String, Set<String>> verified =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(5)).build();

  public Set<String> groupsIfVerified(String username, String password) {
    return verified.getIfPresent(key(username, password));
  }

  public void remember(String username, String password, Set<String> groups) {
    verified.put(key(username, password), Set.copyOf(groups));
  }

  void onAccessChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccessChanged change) {
    forget(change.username());
  }

  void onArrived(@Observes ChangesArrived arrived) {
    if (arrived.everything()) {
      verified.invalidateAll();
    } else {
      arrived.keys(ChangeKind.ACCESS, ChangeKind.ACCESS_REVOKED).forEach(this::forget);
    }
  }

  public void forget(String username) {
    verified.asMap().keySet().removeIf(key -> key.startsWith(username + "\u0000"));
  }

  private static String key(String username, String password) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
      return username + "\u0000" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
