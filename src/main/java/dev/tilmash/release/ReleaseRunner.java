package dev.tilmash.release;

import dev.tilmash.shared.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One pass of the scheduler: every due release fires, or is marked failed with the reason. */
@ApplicationScoped
public class ReleaseRunner {
  private static final Logger LOG = Logger.getLogger(ReleaseRunner.class.getName());
  private static final int BATCH = 50;

  @Inject ReleaseFiring firing;

  public int runDue() {
    int fired = 0;
    for (String releaseId : firing.dueReleases(BATCH)) {
      try {
        fired += firing.fire(releaseId);
      } catch (RuntimeException failure) {
        String reason = reason(failure);
        LOG.log(Level.WARNING, "Release " + releaseId + " failed: " + reason, failure);
        firing.fail(releaseId, reason);
      }
    }
    return fired;
  }

  private static String reason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        return problem.type().slug() + " " + problem.arguments();
      }
    }
    return failure.getClass().getSimpleName();
  }
}
