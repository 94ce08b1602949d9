package dev.tilmash.signin;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.util.Map;

/**
 * The one place a user name and password are checked, for HTTP Basic and for the console's sign-in
 * alike: first whether this account is refused from this address for too many wrong passwords (429,
 * with the seconds to wait), then the identity stores. A wrong password is a 401.
 */
@ApplicationScoped
public class SignInGate {
  @Inject IdentityStoreHandler identityStores;
  @Inject FailedSignIns failures;

  /** The validated caller (name and groups), or a 401 or 429 problem. */
  public CredentialValidationResult check(UsernamePasswordCredential credential, String address) {
    String username = credential.getCaller();
    FailedSignIns.Standing standing = failures.standing(username, address);
    if (standing.refused().isPresent()) {
      throw tooMany(standing.refused().get());
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      countFailure(username, address);
      throw new ProblemException(ProblemType.UNAUTHENTICATED);
    }
    if (standing.failures() > 0) {
      // Only then: a right password with no failures before writes nothing.
      failures.succeeded(username, address);
    }
    return result;
  }

  /** Once more when a concurrent first failure of the same pair inserted its count first. */
  private void countFailure(String username, String address) {
    try {
      failures.failed(username, address);
    } catch (PersistenceException | TransactionalException concurrentFirst) {
      failures.failed(username, address);
    }
  }

  private static ProblemException tooMany(Duration left) {
    long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
    return new ProblemException(ProblemType.TOO_MANY_SIGN_INS, Map.of("retryAfter", seconds));
  }
}
