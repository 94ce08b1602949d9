package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
  @Test
  void shouldTrustListedAddressesAndRanges() {
    TrustedProxies proxies = TrustedProxies.of("127.0.0.1, 10.1.0.0/16, fd00::/8, ::1");

    assertTrue(proxies.trusts("127.0.0.1"));
    assertTrue(proxies.trusts("10.1.200.7"));
    assertTrue(proxies.trusts("fd12:3456::1"));
    assertTrue(proxies.trusts("0:0:0:0:0:0:0:1"));
    assertFalse(proxies.trusts("10.2.0.1"));
    assertFalse(proxies.trusts("127.0.0.2"));
    assertFalse(proxies.trusts("fe80::1"));
  }

  @Test
  void shouldTrustNobodyByDefault() {
    assertFalse(TrustedProxies.of("").trusts("127.0.0.1"));
    assertFalse(TrustedProxies.of("127.0.0.1").trusts(null));
  }

  @Test
  void shouldMatchAPrefixThatEndsInsideAByte() {
    TrustedProxies proxies = TrustedProxies.of("192.168.4.0/22");
    assertTrue(proxies.trusts("192.168.7.255"));
    assertFalse(proxies.trusts("192.168.8.0"));
  }

  @Test
  void shouldRefuseAnythingButLiteralAddresses() {
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("proxy.example.org"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("10.0.0.0/x"));
  }
}
