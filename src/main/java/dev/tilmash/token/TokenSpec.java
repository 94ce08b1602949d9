package dev.tilmash.token;

import dev.tilmash.account.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A token as it is to be created, checked: known scopes and languages, a future expiry. */
record TokenSpec(
    String name, Set<Scope> scopes, Instant expiresAt, String actAs, List<String> languages) {}
