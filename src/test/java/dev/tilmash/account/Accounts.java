package dev.tilmash.account;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;

/** Accounts outside the container, for tests that need users in the database. */
public final class Accounts {
  private Accounts() {}

  public static AccountService readingFrom(EntityManager em) {
    AccountService accounts = new AccountService();
    accounts.em = em;
    return accounts;
  }

  /** Stores an enabled user with the actor's roles and languages (no usable password). */
  public static void store(EntityManager em, Actor actor) {
    em.persist(
        new UserAccount(
            actor.username(),
            "-",
            actor.username(),
            actor.roles(),
            actor.languages(),
            Instant.EPOCH));
  }

  public static Set<Role> editor() {
    return Set.of(Role.EDITOR);
  }
}
