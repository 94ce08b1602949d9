package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Compressed delivery over HTTP: the same answer in gzip, Brotli and identity, each its own
 * representation with its own ETag, from a first rendering (the resource) and from the cache (the
 * filter) alike. Each test asks with its own {@code Accept-Language}, so its first request is a
 * miss and the next ones are hits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompressionIT {
  private static final String BODY =
      "The **Middle Corridor** links Kazakhstan's ports with the Caucasus and Türkiye.\n\n"
          .repeat(30);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final String VARY = "Accept-Language, Accept-Encoding";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;

  private String article;

  @BeforeEach
  void publish() {
    Newsroom newsroom = new Newsroom(Api.anonymous(base));
    String id = newsroom.article("Corridor volumes", BODY);
    newsroom.publish(id, "en", "editor");
    article = "content/articles/" + id;
  }

  @Test
  void shouldSendGzipThatDecompressesToTheIdentityBytes() {
    for (String language : new String[] {"en-GB", "en-AU"}) { // a miss first, then a hit
      HttpResponse<byte[]> gzipFirst = get(article, language, "gzip", null);
      HttpResponse<byte[]> identity = get(article, language, null, null);
      HttpResponse<byte[]> gzip = get(article, language, "gzip, deflate", null);
      assertEquals(200, gzipFirst.statusCode());
      assertEquals("gzip", header(gzipFirst, "Content-Encoding"));
      assertArrayEquals(identity.body(), gunzip(gzipFirst.body()), "byte for byte");
      assertArrayEquals(gzipFirst.body(), gzip.body(), "rendered and cached alike");
      assertTrue(gzip.body().length < identity.body().length / 2);
      assertEquals("", header(identity, "Content-Encoding"));
      for (HttpResponse<byte[]> answer : java.util.List.of(gzipFirst, identity, gzip)) {
        assertEquals(VARY, header(answer, "Vary"));
        assertEquals(String.valueOf(answer.body().length), header(answer, "Content-Length"));
      }
      String tag = header(identity, "ETag");
      assertNotEquals(tag, header(gzip, "ETag"));
      assertEquals(tag.substring(0, tag.length() - 1) + "-gz\"", header(gzip, "ETag"));
      assertEquals(header(gzipFirst, "ETag"), header(gzip, "ETag"));
    }
  }

  @Test
  void shouldAnswerNotModifiedWithEachRepresentationsTag() {
    HttpResponse<byte[]> identity = get(article, "en-NZ", null, null);
    HttpResponse<byte[]> gzip = get(article, "en-NZ", "gzip", null);
    String identityTag = header(identity, "ETag");
    String gzipTag = header(gzip, "ETag");

    HttpResponse<byte[]> gzipCurrent = get(article, "en-NZ", "gzip", gzipTag);
    assertEquals(304, gzipCurrent.statusCode());
    assertEquals(gzipTag, header(gzipCurrent, "ETag"));
    assertEquals(VARY, header(gzipCurrent, "Vary"));
    assertEquals(0, gzipCurrent.body().length);

    HttpResponse<byte[]> identityCurrent = get(article, "en-NZ", null, identityTag);
    assertEquals(304, identityCurrent.statusCode());
    assertEquals(identityTag, header(identityCurrent, "ETag"));
    assertEquals(VARY, header(identityCurrent, "Vary"));

    HttpResponse<byte[]> weak = get(article, "en-NZ", "gzip", "W/" + gzipTag);
    assertEquals(304, weak.statusCode(), "If-None-Match compares weakly");

    HttpResponse<byte[]> gzipRefused = get(article, "en-NZ", "identity", gzipTag);
    assertEquals(200, gzipRefused.statusCode(), "a gzip copy is no good to this reader");
    assertEquals(identityTag, header(gzipRefused, "ETag"));
    assertArrayEquals(identity.body(), gzipRefused.body());
  }

  @Test
  void shouldSendIdentityWhenGzipIsRefused() {
    HttpResponse<byte[]> identity = get(article, "en-IE", null, null);
    for (String refusal : new String[] {"gzip;q=0", "gzip;q=0, br;q=0", "identity", "zstd"}) {
      HttpResponse<byte[]> answer = get(article, "en-IE", refusal, null);
      assertEquals(200, answer.statusCode(), refusal);
      assertEquals("", header(answer, "Content-Encoding"), refusal);
      assertEquals(header(identity, "ETag"), header(answer, "ETag"), refusal);
      assertArrayEquals(identity.body(), answer.body(), refusal);
      assertEquals(VARY, header(answer, "Vary"), refusal);
    }
  }

  @Test
  void shouldSendBrotliWhenPreferred() throws IOException {
    Brotli4jLoader.ensureAvailability();
    HttpResponse<byte[]> identity = get(article, "en-CA", null, null);
    HttpResponse<byte[]> brotli = get(article, "en-CA", "gzip, deflate, br", null);
    assertEquals("br", header(brotli, "Content-Encoding"));
    assertArrayEquals(
        identity.body(), Decoder.decompress(brotli.body()).getDecompressedData(), "byte for byte");
    String tag = header(identity, "ETag");
    assertEquals(tag.substring(0, tag.length() - 1) + "-br\"", header(brotli, "ETag"));
    HttpResponse<byte[]> gzipPreferred = get(article, "en-CA", "br;q=0.5, gzip", null);
    assertEquals("gzip", header(gzipPreferred, "Content-Encoding"));
  }

  @Test
  void shouldAnswerHeadWithTheHeadersOfGet() {
    for (String language : new String[] {"en-ZA", "en-ZA"}) { // a miss first, then a hit
      HttpResponse<byte[]> head = send("HEAD", article, language, "gzip", null);
      HttpResponse<byte[]> get = get(article, language, "gzip", null);
      assertEquals(200, head.statusCode());
      assertEquals(0, head.body().length);
      assertEquals("gzip", header(head, "Content-Encoding"));
      assertEquals(header(get, "ETag"), header(head, "ETag"));
      assertEquals(VARY, header(head, "Vary"));
      String length = header(head, "Content-Length");
      assertTrue( // Liberty may leave a HEAD's length out, which RFC 9110 allows; never a wrong one
          length.isEmpty() || length.equals(String.valueOf(get.body().length)),
          () -> "HEAD Content-Length " + length + ", GET body " + get.body().length);
    }
  }

  @Test
  void shouldSendACompressedListPage() {
    String list = "content/articles?lang=en&size=20";
    HttpResponse<byte[]> gzipFirst = get(list, "en", "gzip", null);
    HttpResponse<byte[]> identity = get(list, "en", null, null);
    HttpResponse<byte[]> gzip = get(list, "en", "gzip", null);
    assertEquals(200, gzipFirst.statusCode());
    assertEquals("gzip", header(gzip, "Content-Encoding"));
    assertEquals("", header(identity, "Content-Encoding"));
    assertArrayEquals(identity.body(), gunzip(gzip.body()));
    assertArrayEquals(identity.body(), gunzip(gzipFirst.body()));
    assertEquals(VARY, header(gzip, "Vary"));
    assertEquals(String.valueOf(gzip.body().length), header(gzip, "Content-Length"));
    HttpResponse<byte[]> byTitle = get(list + "&sort=title", "en", "gzip", null);
    assertEquals(200, byTitle.statusCode());
    assertFalse(header(byTitle, "Vary").isEmpty());
  }

  private HttpResponse<byte[]> get(
      String path, String language, String acceptEncoding, String ifNoneMatch) {
    return send("GET", path, language, acceptEncoding, ifNoneMatch);
  }

  private HttpResponse<byte[]> send(
      String method, String path, String language, String acceptEncoding, String ifNoneMatch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header("Accept-Language", language)
            .timeout(Duration.ofSeconds(60));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    try {
      return base.toURI().resolve("api/v1/" + path);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String header(HttpResponse<?> response, String name) {
    return String.join(", ", response.headers().allValues(name));
  }

  private static byte[] gunzip(byte[] gzip) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
