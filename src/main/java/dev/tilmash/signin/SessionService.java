package dev.tilmash.signin;

import dev.tilmash.account.AccountService;
import dev.tilmash.account.UserAccount;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

/**
 * Signing in to the console and out again. The password goes through {@link SignInGate}, as a Basic
 * request's does, so the guard against guessing counts both; a right one ends the session the
 * browser may still hold and starts a new one under a new id.
 */
@ApplicationScoped
public class SessionService {
  @Inject SignInGate gate;
  @Inject ConsoleSessions sessions;
  @Inject AccountService accounts;

  /** A session just started: its cookie's id and what the console is told. */
  public record SignedIn(String id, SessionView view) {}

  /**
   * @param address the client's address, for the guard against guessing
   * @param fromOwnSite whether the browser's {@code Origin} and {@code Sec-Fetch-Site} allow it
   * @param previousId the session cookie the browser sent along, or null
   */
  public SignedIn signIn(
      SignInInput input, String address, boolean fromOwnSite, String previousId) {
    if (!fromOwnSite) {
      throw new ProblemException(ProblemType.CROSS_ORIGIN_REQUEST);
    }
    CredentialValidationResult caller =
        gate.check(new UsernamePasswordCredential(input.username(), input.password()), address);
    sessions.end(previousId);
    UserAccount account = account(caller.getCallerPrincipal().getName());
    ConsoleSessions.Started started = sessions.start(account.username());
    return new SignedIn(started.id(), SessionView.of(account, started.session()));
  }

  /** The session of this cookie, with the account as it is now; 401 when there is none. */
  public SessionView current(String id) {
    ConsoleSession session = sessions.find(id).orElseThrow(SessionService::unauthenticated);
    return SessionView.of(account(session.username()), session);
  }

  /**
   * Ends the session of this cookie if it is the caller's: the caller is known only when {@link
   * CallerAuthentication} accepted the request (its CSRF token and origin). Liberty goes on to a
   * public resource even after the mechanism refused the request, so the check is made here again.
   */
  public void signOut(String id, String caller) {
    sessions
        .find(id)
        .filter(session -> session.username().equals(caller))
        .ifPresent(session -> sessions.end(id));
  }

  private UserAccount account(String username) {
    return accounts
        .find(username)
        .filter(UserAccount::enabled)
        .orElseThrow(SessionService::unauthenticated);
  }

  private static ProblemException unauthenticated() {
    return new ProblemException(ProblemType.UNAUTHENTICATED);
  }
}
