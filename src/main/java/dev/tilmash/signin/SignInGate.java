package dev.tilmash.signin;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The one place a user name and password are checked, for HTTP Basic and for the console's sign-in
 * alike: first whether this account is refused from this address for too many wrong passwords (429,
 * with the seconds to wait), then the identity stores. A wrong password is a 401.
 */
@ApplicationScoped
public class SignInGate {
  @Inject IdentityStoreHandler identityStores;
  @Inject SignInSettings settings;

  private FailedSignIns failures;

  @PostConstruct
  void create() {
    failures =
        new FailedSignIns(settings.maxFailures(), settings.failureWindow(), Ticker.systemTicker());
  }

  /** The validated caller (name and groups), or a 401 or 429 problem. */
  public CredentialValidationResult check(UsernamePasswordCredential credential, String address) {
    String username = credential.getCaller();
    Optional<Duration> refused = failures.refusedFor(username, address);
    if (refused.isPresent()) {
      throw tooMany(refused.get());
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      failures.failed(username, address);
      throw new ProblemException(ProblemType.UNAUTHENTICATED);
    }
    failures.succeeded(username, address);
    return result;
  }

  private static ProblemException tooMany(Duration left) {
    long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
    return new ProblemException(ProblemType.TOO_MANY_SIGN_INS, Map.of("retryAfter", seconds));
  }
}
