package dev.tilmash.token;

import dev.tilmash.changes.ChangeKind;
import dev.tilmash.changes.ChangeNotice;

/**
 * A token was revoked. Fired in the revoking transaction, so the change log's row commits with the
 * revocation and other instances forget the token within a poll ({@link ChangeKind#TOKEN_REVOKED}).
 */
record TokenRevoked(String id) implements ChangeNotice {
  @Override
  public ChangeKind changeKind() {
    return ChangeKind.TOKEN_REVOKED;
  }

  @Override
  public String changeKey() {
    return id;
  }
}
