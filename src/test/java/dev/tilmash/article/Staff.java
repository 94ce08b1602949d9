package dev.tilmash.article;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import java.util.Set;

/**
 * The people of the workflow tests, one of every kind the workflow tells apart. The versions under
 * test are Russian ({@code ru}) translations of English articles.
 */
enum Staff {
  EDITOR(new Actor("erin", Set.of(Role.EDITOR), Set.of())),
  SECOND_EDITOR(new Actor("eldar", Set.of(Role.EDITOR), Set.of())),
  TRANSLATOR_OF_THE_LANGUAGE(new Actor("tatiana", Set.of(Role.TRANSLATOR), Set.of("ru", "kk"))),
  TRANSLATOR_OF_ANOTHER_LANGUAGE(new Actor("timur", Set.of(Role.TRANSLATOR), Set.of("kk", "uz"))),
  ADMIN_ONLY(new Actor("aigerim", Set.of(Role.ADMIN), Set.of("ru")));

  private final Actor actor;

  Staff(Actor actor) {
    this.actor = actor;
  }

  Actor actor() {
    return actor;
  }

  String username() {
    return actor.username();
  }
}
