package dev.tilmash.account;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an API token may do. A token reaches only the resource methods marked {@link ScopeRequired}
 * with one of its scopes; a token that acts on its own (no {@code actAs}) stands in, there, for the
 * role the scope names, within the token's languages. Management scopes are audited on every use.
 */
public enum Scope {
  /** Reads unpublished versions through the preview API. */
  CONTENT_PREVIEW("content:preview", Role.TRANSLATOR, false),
  /** Exports XLIFF of the token's languages. */
  XLIFF_READ("xliff:read", Role.TRANSLATOR, false),
  /** Imports XLIFF into the token's languages. */
  XLIFF_WRITE("xliff:write", Role.TRANSLATOR, true),
  /** Manages webhook endpoints and their deliveries. */
  WEBHOOKS_MANAGE("webhooks:manage", Role.ADMIN, true),
  /** Reads published content, as a client site's delivery key; never unpublished text. */
  ARTICLES_READ("articles:read", null, false);

  private final String id;
  private final Role standsInFor;
  private final boolean management;

  Scope(String id, Role standsInFor, boolean management) {
    this.id = id;
    this.standsInFor = standsInFor;
    this.management = management;
  }

  public String id() {
    return id;
  }

  /** The role a token of this scope has on its own, or null when it needs none. */
  public Role standsInFor() {
    return standsInFor;
  }

  /** Whether every use is audited with the token's name. */
  public boolean management() {
    return management;
  }

  /** The scopes named, or a 400 {@code unknown-scope} naming the first that is none. */
  public static Set<Scope> parse(Collection<String> ids) {
    if (ids == null || ids.stream().anyMatch(id -> id == null)) {
      throw new ProblemException(ProblemType.INVALID_FIELD, Map.of("fields", List.of("scopes")));
    }
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (String id : ids) {
      scopes.add(
          Arrays.stream(values())
              .filter(scope -> scope.id.equals(id))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ProblemException(
                          ProblemType.UNKNOWN_SCOPE,
                          Map.of(
                              "scope",
                              id,
                              "known",
                              Arrays.stream(values()).map(Scope::id).toList()))));
    }
    return scopes;
  }
}
