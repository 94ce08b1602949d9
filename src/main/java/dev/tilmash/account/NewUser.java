package dev.tilmash.account;

import java.util.Set;

/** What it takes to create a user. */
public record NewUser(
    String username, String password, String displayName, Set<Role> roles, Set<String> languages) {}
