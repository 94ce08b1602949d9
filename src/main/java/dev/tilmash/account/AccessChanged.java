package dev.tilmash.account;

/**
 * An admin changed a user's access; fired after the change so that whatever remembers a user's
 * sign-in (console sessions) can forget it when the password changed or the account was disabled.
 */
public record AccessChanged(String username, boolean passwordChanged, boolean enabled) {}
