package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {
  private static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldReadTheUserAndPasswordOfAWellFormedHeader() {
    assertEquals(
        Optional.of(new BasicCredentials("translator.kk", "pa:ss")),
        BasicCredentials.parse(basic("translator.kk:pa:ss")));
    assertEquals(
        Optional.of(new BasicCredentials("әлия", "")), BasicCredentials.parse(basic("әлия:")));
    assertEquals(
        "editor", BasicCredentials.parse("basic ZWRpdG9yOmRlbW8=").orElseThrow().username());
    assertFalse(BasicCredentials.malformed(basic("editor:demo")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Basic",
        "Basic ",
        "Basic  ZWRpdG9yOmRlbW8=",
        "Basic ZWRpdG9yOmRlbW8= ",
        "Basic !!!",
        "Basic Zm9v",
        "Basic Og==",
        "Basicx",
        "BASIC\tZWRpdG9yOmRlbW8="
      })
  void shouldFindNoCredentialInAnyOtherBasicHeader(String header) {
    assertTrue(BasicCredentials.present(header));
    assertTrue(BasicCredentials.parse(header).isEmpty(), header);
    assertTrue(BasicCredentials.malformed(header));
  }

  @Test
  void shouldLeaveOtherSchemesAndNoHeaderAlone() {
    assertFalse(BasicCredentials.present(null));
    assertFalse(BasicCredentials.malformed(null));
    assertFalse(BasicCredentials.malformed("Bearer abc"));
    assertFalse(BasicCredentials.malformed(""));
  }

  @Test
  void shouldNeverShowThePasswordInItsText() {
    assertFalse(new BasicCredentials("editor", "s3cret").toString().contains("s3cret"));
  }
}
