package dev.tilmash.delivery;

import static dev.tilmash.delivery.ContentCoding.BROTLI;
import static dev.tilmash.delivery.ContentCoding.GZIP;
import static dev.tilmash.delivery.ContentCoding.IDENTITY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcceptEncodingTest {
  private static final Set<ContentCoding> ALL = EnumSet.allOf(ContentCoding.class);
  private static final Set<ContentCoding> GZIP_ONLY = EnumSet.of(GZIP, IDENTITY);

  private static List<ContentCoding> acceptable(String header) {
    return AcceptEncoding.acceptable(header, ALL);
  }

  @Test
  void shouldSendIdentityWithoutAHeaderOrWithAnEmptyOne() {
    assertEquals(List.of(IDENTITY), acceptable(null));
    assertEquals(List.of(IDENTITY), acceptable(""));
    assertEquals(List.of(IDENTITY), acceptable("  "));
  }

  @Test
  void shouldPreferBrotliThenGzipAmongEqualWeights() {
    assertEquals(List.of(BROTLI, GZIP, IDENTITY), acceptable("gzip, deflate, br, zstd"));
    assertEquals(List.of(GZIP, IDENTITY), AcceptEncoding.acceptable("gzip, br", GZIP_ONLY));
    assertEquals(List.of(GZIP, IDENTITY), acceptable("gzip"));
  }

  @Test
  void shouldOrderByQValue() {
    assertEquals(List.of(GZIP, BROTLI, IDENTITY), acceptable("br;q=0.5, gzip;q=0.8"));
    assertEquals(List.of(IDENTITY, GZIP), acceptable("identity, gzip;q=0.5"));
    assertEquals(List.of(GZIP, IDENTITY), acceptable("GZIP ; Q=1.000"), "case and spaces");
  }

  @Test
  void shouldRefuseACodingWithQZero() {
    assertEquals(List.of(IDENTITY), acceptable("gzip;q=0"));
    assertEquals(List.of(BROTLI, IDENTITY), acceptable("br, gzip;q=0.000"));
    assertEquals(List.of(IDENTITY), acceptable("gzip;q=0, br;q=0"));
  }

  @Test
  void shouldLetTheWildcardWeighEveryCodingNotNamed() {
    assertEquals(List.of(BROTLI, GZIP, IDENTITY), acceptable("*"));
    assertEquals(List.of(GZIP, IDENTITY), acceptable("*, br;q=0"));
    assertEquals(List.of(BROTLI, GZIP), acceptable("*;q=0.5, identity;q=0"));
    assertEquals(List.of(GZIP), acceptable("gzip, *;q=0"), "identity excluded by *;q=0");
    assertEquals(List.of(GZIP, IDENTITY), acceptable("gzip, identity;q=0.1, *;q=0"));
  }

  @Test
  void shouldSendIdentityWhenNothingOfferedIsAcceptable() {
    assertEquals(List.of(IDENTITY), acceptable("identity;q=0"));
    assertEquals(List.of(IDENTITY), acceptable("zstd, *;q=0"));
    assertEquals(List.of(IDENTITY), AcceptEncoding.acceptable("br, identity;q=0", GZIP_ONLY));
  }

  @Test
  void shouldLeaveOutElementsThatDoNotParse() {
    assertEquals(List.of(IDENTITY), acceptable("gzip;q=2"));
    assertEquals(List.of(IDENTITY), acceptable("gzip;q=1.5"));
    assertEquals(List.of(IDENTITY), acceptable("gzip;q=0.1234"));
    assertEquals(List.of(IDENTITY), acceptable("gzip;q=high"));
    assertEquals(List.of(IDENTITY), acceptable("gzip;q"));
    assertEquals(List.of(IDENTITY), acceptable("gz\"ip"));
    assertEquals(List.of(GZIP, IDENTITY), acceptable("br;q=-1, gzip"));
    assertEquals(List.of(GZIP, IDENTITY), acceptable(",,gzip,;"));
  }

  @Test
  void shouldKeepTheFirstWeightOfANameGivenTwice() {
    assertEquals(List.of(IDENTITY), acceptable("gzip;q=0, gzip"));
    assertEquals(List.of(GZIP, IDENTITY), acceptable("x-gzip"), "the old alias");
  }

  @Test
  void shouldReadQValuesInThousandths() {
    assertEquals(1000, AcceptEncoding.qvalue("1"));
    assertEquals(1000, AcceptEncoding.qvalue("1.000"));
    assertEquals(500, AcceptEncoding.qvalue("0.5"));
    assertEquals(1, AcceptEncoding.qvalue("0.001"));
    assertEquals(0, AcceptEncoding.qvalue("0."));
    assertEquals(-1, AcceptEncoding.qvalue("1.001"));
    assertEquals(-1, AcceptEncoding.qvalue(".5"));
    assertEquals(-1, AcceptEncoding.qvalue(""));
  }
}
