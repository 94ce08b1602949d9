package dev.tilmash.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks user names and passwords against the users table; groups are the user's roles. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
  @Inject AccountService accounts;
  @Inject CredentialCache cache;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String username = login.getCaller();
    String password = login.getPasswordAsString();
    Set<String> groups = cache.groupsIfVerified(username, password);
    if (groups != null) {
      return new CredentialValidationResult(username, groups);
    }
    return accounts
        .find(username)
        .filter(account -> accounts.verify(account, password))
        .map(
            account -> {
              Set<String> roles =
                  account.roles().stream().map(Role::id).collect(Collectors.toSet());
              cache.remember(username, password, roles);
              return new CredentialValidationResult(username, roles);
            })
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
