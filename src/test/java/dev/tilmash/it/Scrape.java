package dev.tilmash.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A Prometheus scrape of the IT server's {@code /metrics}, as Liberty serves it: over HTTPS with
 * the server's self-signed certificate (trusted here, for the tests only), as the scraper account
 * of src/test/liberty's metrics.xml or anonymously. Redirects are not followed.
 */
record Scrape(int status, String contentType, String location, String body) {
  static final String USER = "scraper";
  static final String PASSWORD = "scrape-it";
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*})?\\s+(\\S+)");

  static Scrape https(String user, String password) {
    return get(
        URI.create("https://localhost:" + System.getProperty("it.https.port", "9543") + "/metrics"),
        user,
        password);
  }

  static Scrape http() {
    return get(
        URI.create("http://localhost:" + System.getProperty("it.http.port", "9181") + "/metrics"),
        null,
        null);
  }

  /** The scraper's scrape, which must succeed. */
  static Scrape now() {
    Scrape scrape = https(USER, PASSWORD);
    if (scrape.status() != 200) {
      throw new AssertionError("The scrape failed: " + scrape.status() + " " + scrape.body());
    }
    return scrape;
  }

  /** The sum of the samples of {@code name} that carry every label of {@code labels}. */
  double value(String name, Map<String, String> labels) {
    double sum = 0;
    for (String line : body.split("\n")) {
      Matcher sample = SAMPLE.matcher(line);
      if (sample.find() && sample.group(1).equals(name) && carries(sample.group(2), labels)) {
        sum += Double.parseDouble(sample.group(3));
      }
    }
    return sum;
  }

  boolean has(String name) {
    return body.lines()
        .anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
  }

  private static boolean carries(String labelText, Map<String, String> labels) {
    String text = labelText == null ? "" : labelText;
    return labels.entrySet().stream()
        .allMatch(label -> text.contains(label.getKey() + "=\"" + label.getValue() + "\""));
  }

  private static Scrape get(URI uri, String user, String password) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      if (connection instanceof HttpsURLConnection https) {
        https.setSSLSocketFactory(trustingContext().getSocketFactory());
        https.setHostnameVerifier((host, session) -> true);
      }
      connection.setInstanceFollowRedirects(false);
      connection.setConnectTimeout(10_000);
      connection.setReadTimeout(60_000);
      connection.setRequestProperty("Accept", "text/plain");
      if (user != null) {
        String pair = user + ":" + password;
        connection.setRequestProperty(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
      }
      int status = connection.getResponseCode();
      InputStream stream =
          status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      return new Scrape(
          status, connection.getContentType(), connection.getHeaderField("Location"), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SSLContext trustingContext() {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustAll}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
