package dev.tilmash.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Each coding of an answer is its own representation: its own bytes, tag and 304. */
class RepresentationTest {
  private static final String CACHE_CONTROL = "public, max-age=60";
  private static final String TAG = "\"abc\"";
  private static final byte[] JSON =
      ("{\"body\":\"" + "Дәліз арқылы жүк тасымалы ".repeat(100) + "\"}")
          .getBytes(StandardCharsets.UTF_8);
  private static final Delivery.Found FOUND =
      new Delivery.Found("a1", "kk", JSON, TAG, Instant.parse("2025-05-04T10:02:02Z"), Map.of());

  @Test
  void shouldCompressOnceWhenRenderedAndDecompressToTheSameBytes() throws IOException {
    assertNotNull(FOUND.body().gzip());
    assertTrue(FOUND.body().gzip().length < JSON.length / 4);
    assertArrayEquals(JSON, gunzip(FOUND.body().gzip()));
    DeliveryAnswer gzip = answer(null, "gzip");
    assertSame(FOUND.body().gzip(), gzip.body(), "the ready bytes, not compressed again");
  }

  @Test
  void shouldTagEachCodingOnItsOwn() {
    assertEquals(Optional.of(TAG), header(answer(null, null), "ETag"));
    assertEquals(Optional.of("\"abc-gz\""), header(answer(null, "gzip"), "ETag"));
    assertEquals(Optional.of("gzip"), header(answer(null, "gzip"), "Content-Encoding"));
    assertEquals(Optional.empty(), header(answer(null, "identity"), "Content-Encoding"));
    if (FOUND.body().brotli() != null) {
      assertEquals(Optional.of("\"abc-br\""), header(answer(null, "br, gzip"), "ETag"));
      assertEquals(Optional.of("br"), header(answer(null, "br, gzip"), "Content-Encoding"));
    }
  }

  @Test
  void shouldCompressWithBrotliWhereItsNativeLibraryIsBundled() throws IOException {
    Assumptions.assumeTrue(
        System.getProperty("os.name").startsWith("Linux")
            && System.getProperty("os.arch").equals("amd64"),
        "the native library is bundled for Linux x86-64 only");
    assertNotNull(FOUND.body().brotli());
    assertArrayEquals(JSON, Decoder.decompress(FOUND.body().brotli()).getDecompressedData());
    assertTrue(FOUND.body().brotli().length < FOUND.body().gzip().length);
  }

  @Test
  void shouldVaryOnTheCodingInEveryAnswer() {
    for (String acceptEncoding : new String[] {null, "gzip", "identity", "br"}) {
      assertEquals(
          Optional.of("Accept-Language, Accept-Encoding"),
          header(answer(null, acceptEncoding), "Vary"));
    }
    assertEquals(
        Optional.of("Accept-Language, Accept-Encoding"),
        header(answer("\"abc-gz\"", "gzip"), "Vary"));
  }

  @Test
  void shouldAnswerNotModifiedWithTheTagOfTheRepresentationTheReaderHas() {
    DeliveryAnswer gzip = answer("\"abc-gz\"", "gzip");
    assertEquals(304, gzip.status());
    assertNull(gzip.body());
    assertEquals(Optional.of("\"abc-gz\""), header(gzip, "ETag"));
    assertEquals(Optional.empty(), header(gzip, "Content-Encoding"));

    DeliveryAnswer identity = answer(TAG, null);
    assertEquals(304, identity.status());
    assertEquals(Optional.of(TAG), header(identity, "ETag"));

    DeliveryAnswer identityStillAcceptable = answer(TAG, "gzip");
    assertEquals(304, identityStillAcceptable.status(), "the stored identity copy is current");
    assertEquals(Optional.of(TAG), header(identityStillAcceptable, "ETag"));
  }

  @Test
  void shouldSendTheBodyWhenTheReaderHasARepresentationItNoLongerAccepts() {
    DeliveryAnswer gzipRefused = answer("\"abc-gz\"", "identity");
    assertEquals(200, gzipRefused.status());
    assertArrayEquals(JSON, gzipRefused.body());
    assertEquals(Optional.of(TAG), header(gzipRefused, "ETag"));

    DeliveryAnswer identityRefused = answer(TAG, "gzip, identity;q=0");
    assertEquals(200, identityRefused.status());
    assertEquals(Optional.of("\"abc-gz\""), header(identityRefused, "ETag"));
  }

  @Test
  void shouldKeepASmallBodyInIdentityOnly() {
    byte[] small = "{\"title\":\"Дәліз\"}".getBytes(StandardCharsets.UTF_8);
    EncodedBody body = EncodedBody.of(small);
    assertNull(body.gzip());
    assertNull(body.brotli());
    assertEquals(small.length, body.weight());
    DeliveryAnswer list =
        DeliveryAnswer.of(new DeliveredList(small, "kk"), CACHE_CONTROL, "gzip, br");
    assertArrayEquals(small, list.body());
    assertEquals(Optional.empty(), header(list, "Content-Encoding"));
    assertEquals(Optional.of("Accept-Language, Accept-Encoding"), header(list, "Vary"));
  }

  @Test
  void shouldCountEveryRepresentationInTheWeight() {
    EncodedBody body = FOUND.body();
    int compressed = body.gzip().length + (body.brotli() == null ? 0 : body.brotli().length);
    assertEquals(JSON.length + compressed, body.weight());
  }

  @Test
  void shouldSendACompressedListPage() throws IOException {
    DeliveryAnswer list = DeliveryAnswer.of(new DeliveredList(JSON, "kk"), CACHE_CONTROL, "gzip");
    assertEquals(Optional.of("gzip"), header(list, "Content-Encoding"));
    assertArrayEquals(JSON, gunzip(list.body()));
  }

  private static DeliveryAnswer answer(String ifNoneMatch, String acceptEncoding) {
    return DeliveryAnswer.of(FOUND, CACHE_CONTROL, ifNoneMatch, null, acceptEncoding);
  }

  private static Optional<String> header(DeliveryAnswer answer, String name) {
    List<String> values =
        answer.headers().stream()
            .filter(h -> h.name().equalsIgnoreCase(name))
            .map(DeliveryAnswer.Header::value)
            .toList();
    assertTrue(values.size() <= 1, () -> name + " sent twice: " + values);
    return values.stream().findFirst();
  }

  static byte[] gunzip(byte[] gzip) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return in.readAllBytes();
    }
  }
}
