package dev.tilmash.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts every request the application answers by {@link EndpointFamily} and {@link StatusClass}
 * ({@code tilmash_requests_total{family="content",status="2xx"}}). Declared first in web.xml, so it
 * also counts what {@link RequestGuard} refuses and what the delivery cache answers on its own.
 * Requests the container refuses before any filter runs (a 401 at authentication) are not counted
 * here; Liberty's own servlet metrics show them.
 */
public class RequestMetrics extends HttpFilter {
  static final String NAME = "tilmash.requests";

  @Inject MetricRegistry registry;

  private Counter[][] counters;

  @Override
  public void init() {
    Metadata metadata =
        Metadata.builder()
            .withName(NAME)
            .withDescription("Requests answered, by endpoint family and status class")
            .build();
    String[] classes = StatusClass.labels();
    EndpointFamily[] families = EndpointFamily.values();
    counters = new Counter[families.length][classes.length];
    for (EndpointFamily family : families) {
      for (int c = 0; c < classes.length; c++) {
        counters[family.ordinal()][c] =
            registry.counter(
                metadata, new Tag("family", family.label()), new Tag("status", classes[c]));
      }
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean thrown = true;
    try {
      chain.doFilter(request, response);
      thrown = false;
    } finally {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      int status = thrown ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
      counters[EndpointFamily.of(path).ordinal()][StatusClass.of(status)].inc();
    }
  }
}
