package dev.tilmash.account;

import java.util.Set;

/**
 * What the API token behind a request grants: its name (for the audit log), its scopes, the
 * languages it is bound to (none: every language), and the user it acts as (null: on its own). The
 * authentication mechanism leaves it on the request under {@link #ATTRIBUTE}; {@link CurrentActor}
 * turns it into the {@link Actor}.
 */
public record TokenGrant(
    String id, String name, Set<Scope> scopes, Set<String> languages, String actAs) {
  public static final String ATTRIBUTE = TokenGrant.class.getName();

  public TokenGrant {
    scopes = Set.copyOf(scopes);
    languages = Set.copyOf(languages);
  }

  /** The caller's name when the token acts on its own. */
  public String callerName() {
    return actAs != null ? actAs : "token:" + name;
  }

  public boolean covers(String language) {
    return languages.isEmpty() || languages.contains(language);
  }
}
