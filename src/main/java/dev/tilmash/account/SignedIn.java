package dev.tilmash.account;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method only a signed-in user may call, though it does not need to know who: an
 * anonymous caller gets the 401 of {@link CurrentActor#get}, a disabled one its refusal. Methods
 * that act for the user take {@link CurrentActor} instead, and are refused the same way.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedIn {}
