package dev.tilmash.webhook;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.delivery.PublicLinks;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON an event sends: its type, its time, and what a client site needs to act on it (which
 * version, its revision and slug, its public URL and the languages now live). Never the text: a
 * receiver that wants it fetches it from the delivery API.
 */
final class WebhookPayload {
  private WebhookPayload() {}

  static String version(
      String type,
      Instant at,
      LanguageVersion version,
      Integer revision,
      List<String> liveLanguages,
      String publicBase,
      Map<String, String> extra) {
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("articleId", version.article().id())
            .add("language", version.language())
            .add("slug", version.slug())
            .add("url", publicUrl(publicBase, version))
            .add("liveLanguages", Json.createArrayBuilder(liveLanguages));
    if (revision == null) {
      data.addNull("revision");
    } else {
      data.add("revision", revision);
    }
    extra.forEach((name, value) -> data.add(name, value));
    return envelope(type, at, data);
  }

  static String ping(Instant at, String webhookId) {
    return envelope(WebhookEvent.PING, at, Json.createObjectBuilder().add("webhookId", webhookId));
  }

  /**
   * Where readers find the version: delivery's own link ({@link PublicLinks#article}) under the
   * configured public base URL, as the scheduler has no request to take the address from.
   */
  static String publicUrl(String publicBase, LanguageVersion version) {
    return PublicLinks.article(URI.create(publicBase), version.slug(), version.language());
  }

  private static String envelope(String type, Instant at, JsonObjectBuilder data) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("timestamp", at.toString())
        .add("data", data)
        .build()
        .toString();
  }
}
