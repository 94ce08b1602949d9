package dev.tilmash.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenScopeGateTest {
  @Test
  void shouldAuditThePathWithOneLeadingSlashWhicheverWayTheRuntimeGivesIt() {
    assertEquals("/webhooks/1", TokenScopeGate.path("/webhooks/1"));
    assertEquals("/webhooks/1", TokenScopeGate.path("webhooks/1"));
  }
}
