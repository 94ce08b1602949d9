package dev.tilmash.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers: a load balancer sends no readers before that. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @PersistenceContext EntityManager em;

  @Override
  public HealthCheckResponse call() {
    try {
      em.createNativeQuery("select 1").getSingleResult();
      return HealthCheckResponse.up("database");
    } catch (RuntimeException e) {
      return HealthCheckResponse.down("database");
    }
  }
}
