package dev.tilmash.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes that let an API token call a resource method (any one of them). A token is refused
 * every protected method that is not marked, so a new endpoint is closed to tokens until it says
 * which scope opens it. People (Basic, console session) are not affected: their roles decide.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ScopeRequired {
  Scope[] value();
}
