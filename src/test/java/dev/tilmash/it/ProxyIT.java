package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Links in answers behind a proxy: an instance that trusts the loopback proxy builds them from its
 * {@code Forwarded} or {@code X-Forwarded-*} headers; one with {@code tilmash.public-url} uses that
 * whatever the headers say; and the application as shipped, trusting no proxy, ignores the headers,
 * so a client cannot choose the host of the links it, or anyone after it, is served.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProxyIT {
  private static final String PROXIED = "tilmash-it-proxied";
  private static final String PUBLIC = "tilmash-it-public";
  private static final String LOOPBACK = "127.0.0.1,::1";
  private static final Pattern LINK_TARGET = Pattern.compile("<([^>]*)>");

  @Deployment(name = "shipped", testable = false)
  static WebArchive shipped() {
    return Deployments.tilmash();
  }

  @Deployment(name = "proxied", testable = false)
  static WebArchive proxied() {
    return Deployments.instance(PROXIED, Map.of("tilmash.proxy.trusted", LOOPBACK));
  }

  @Deployment(name = "public", testable = false)
  static WebArchive withPublicUrl() {
    return Deployments.instance(
        PUBLIC,
        Map.of(
            "tilmash.proxy.trusted", LOOPBACK, "tilmash.public-url", "https://public.example.org"));
  }

  @Test
  void shouldBuildLinksFromTheXForwardedHeadersOfATrustedProxy() {
    Api api =
        api(PROXIED)
            .header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-Host", "news.example.org");
    assertLinksStartWith("https://news.example.org/" + PROXIED + "/api/v1/", api);
  }

  @Test
  void shouldBuildLinksFromTheForwardedHeaderOfATrustedProxy() {
    Api api =
        api(PROXIED).header("Forwarded", "for=192.0.2.7;proto=https;host=\"cms.example.net:8443\"");
    assertLinksStartWith("https://cms.example.net:8443/" + PROXIED + "/api/v1/", api);
  }

  @Test
  void shouldAnswerACreationWithALocationAtTheForwardedAddress() {
    Api.Reply created =
        api(PROXIED)
            .as("editor")
            .header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-Host", "news.example.org")
            .post(
                "articles",
                Api.json(
                    "sourceLanguage", "en",
                    "title", "Behind a proxy",
                    "summary", "Links at the public address.",
                    "body", "Text"));
    assertEquals(201, created.status(), created::toString);
    assertTrue(
        created.header("Location").startsWith("https://news.example.org/" + PROXIED + "/api/v1/"),
        created.header("Location"));
  }

  @Test
  void shouldPreferTheConfiguredPublicUrlToAnyHeader() {
    Api api =
        api(PUBLIC)
            .header("X-Forwarded-Proto", "http")
            .header("X-Forwarded-Host", "news.example.org");
    assertLinksStartWith("https://public.example.org/" + PUBLIC + "/api/v1/", api);
  }

  @Test
  void shouldIgnoreForwardingHeadersFromAnUntrustedClient() {
    Api api =
        Api.anonymous(Deployments.url("tilmash-it"))
            .header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-Host", "evil.example")
            .header("Forwarded", "proto=https;host=evil.example");
    assertLinksStartWith(Deployments.root().resolve("api/v1/").toString(), api);
  }

  /** Every link of a published demo article (Link headers, translations) starts with base. */
  private static void assertLinksStartWith(String base, Api api) {
    JsonObject first =
        api.get("content/articles?lang=en&size=1").json().getJsonArray("items").getJsonObject(0);
    Api.Reply article = api.get("content/articles/" + first.getString("slug") + "?lang=en");
    assertEquals(200, article.status(), article::toString);
    List<String> links = new ArrayList<>();
    for (String header : article.headers("Link")) {
      Matcher target = LINK_TARGET.matcher(header);
      while (target.find()) {
        links.add(target.group(1));
      }
    }
    article.json().getJsonArray("translations").getValuesAs(JsonObject.class).stream()
        .map(translation -> translation.getString("url"))
        .forEach(links::add);
    assertFalse(links.isEmpty(), article::toString);
    for (String link : links) {
      assertTrue(link.startsWith(base), () -> link + " should start with " + base);
    }
  }

  private static Api api(String name) {
    return Api.anonymous(Deployments.url(name));
  }
}
