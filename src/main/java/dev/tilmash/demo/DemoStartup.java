package dev.tilmash.demo;

import dev.tilmash.account.AccountService;
import dev.tilmash.account.NewUser;
import dev.tilmash.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On start, an empty database gets its first accounts: in demo mode the demo newsroom, otherwise
 * only an admin whose password the operator set in {@code tilmash.admin.password}. A database that
 * already holds users is never touched.
 */
@ApplicationScoped
public class DemoStartup {
  private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());

  @Inject AccountService accounts;
  @Inject DemoContent demo;

  @Inject
  @ConfigProperty(name = "tilmash.demo.enabled", defaultValue = "false")
  boolean demoEnabled;

  @Inject
  @ConfigProperty(name = "tilmash.demo.password", defaultValue = "demo")
  String demoPassword;

  @Inject
  @ConfigProperty(name = "tilmash.admin.password")
  Optional<String> adminPassword;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (accounts.count() > 0) {
      return;
    }
    if (demoEnabled) {
      demo.load(demoPassword);
    } else if (adminPassword.isPresent()) {
      accounts.create(
          new NewUser("admin", adminPassword.get(), "Administrator", Set.of(Role.ADMIN), Set.of()));
      LOG.info("Created the first admin account");
    } else {
      LOG.warning("Empty database and no tilmash.admin.password: nobody can sign in yet");
    }
  }
}
