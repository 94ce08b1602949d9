package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's files over HTTP on a real Liberty: public, and served with a
 * Content-Security-Policy that lets no inline script run, nosniff and a same-origin referrer. A
 * page of its own is added to the deployment, so the test does not depend on the console's files.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleHeadersIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash()
        .addAsWebResource(
            new StringAsset("<!doctype html><title>probe</title>"), "console/headers-it.html");
  }

  @ArquillianResource URL base;

  @Test
  void shouldServeTheConsolePubliclyWithItsSecurityHeaders() {
    Api.Reply page = Api.anonymous(base).get("../../console/headers-it.html");

    assertEquals(200, page.status(), page::toString);
    String policy = page.header("Content-Security-Policy");
    assertNotNull(policy);
    for (String directive :
        List.of(
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'")) {
      assertTrue(policy.contains(directive), policy);
    }
    assertFalse(policy.contains("unsafe-inline"), policy);
    assertEquals("nosniff", page.header("X-Content-Type-Options"));
    assertEquals("same-origin", page.header("Referrer-Policy"));
  }
}
