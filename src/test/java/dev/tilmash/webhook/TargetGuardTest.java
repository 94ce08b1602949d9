package dev.tilmash.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.169.254",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "fec0::1",
        "0.0.0.0",
        "::",
        "0.1.2.3",
        "224.0.0.1",
        "239.255.255.250",
        "ff02::1",
        "100.64.0.1",
        "100.127.255.254",
        "255.255.255.255",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1"
      })
  void shouldTakeTheseAddressesForInternal(String literal) throws Exception {
    assertTrue(TargetGuard.isInternal(InetAddress.getByName(literal)), literal);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "8.8.8.8",
        "172.32.0.1",
        "100.128.0.1",
        "192.169.0.1",
        "2606:4700::1111",
        "2001:db8::1"
      })
  void shouldTakeTheseAddressesForPublic(String literal) throws Exception {
    assertFalse(TargetGuard.isInternal(InetAddress.getByName(literal)), literal);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/hook", "http://[::1]/hook", "https://169.254.169.254/latest",
        "http://localhost/hook", "http://[fd00::5]/x", "http://10.0.0.7/"
      })
  void shouldRefuseInternalTargetsWith422(String url) {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> TargetGuard.check(URI.create(url), false));
    assertEquals(ProblemType.WEBHOOK_TARGET_REFUSED, refused.type());
    assertEquals(422, refused.type().status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook"})
  void shouldLetInternalTargetsThroughWhenConfigured(String url) {
    assertDoesNotThrow(() -> TargetGuard.check(URI.create(url), true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.com/x", "file:///etc/passwd", "gopher://example.com", "example.com/hook",
        "http://", "http://user:pw@example.com/", "https://example.com/#frag", "not a url",
        "javascript:alert(1)"
      })
  void shouldRefuseWhatIsNotAnHttpUrl(String url) {
    ProblemException refused = assertThrows(ProblemException.class, () -> TargetGuard.parse(url));
    assertEquals(ProblemType.INVALID_FIELD, refused.type());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://hooks.example.com/tilmash?site=kz", "HTTP://93.184.216.34:8443/"})
  void shouldAcceptHttpUrls(String url) {
    assertDoesNotThrow(() -> TargetGuard.parse(url));
  }

  @org.junit.jupiter.api.Test
  void shouldAcceptAPublicAddressLiteral() {
    assertDoesNotThrow(() -> TargetGuard.check(URI.create("https://93.184.216.34/hook"), false));
  }
}
