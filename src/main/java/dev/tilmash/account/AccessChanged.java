package dev.tilmash.account;

import dev.tilmash.changes.ChangeKind;
import dev.tilmash.changes.ChangeNotice;

/**
 * An admin changed a user's access; fired after the change so that whatever remembers a user's
 * sign-in (console sessions) can forget it when the password changed or the account was disabled.
 * Fired in the admin's transaction, and so, as a {@link ChangeNotice}, written to the change log
 * with it, for the other instances' credential caches and sessions.
 */
public record AccessChanged(String username, boolean passwordChanged, boolean enabled)
    implements ChangeNotice {
  @Override
  public ChangeKind changeKind() {
    return passwordChanged || !enabled ? ChangeKind.ACCESS_REVOKED : ChangeKind.ACCESS;
  }

  @Override
  public String changeKey() {
    return username;
  }
}
