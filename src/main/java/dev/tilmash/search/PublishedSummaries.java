package dev.tilmash.search;

import com.ibm.icu.util.ULocale;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.delivery.DeliveredSummary;
import dev.tilmash.delivery.PublishedDates;
import java.net.URI;
import java.time.ZoneId;

/** Live language versions as delivery lists show them, with the URL client sites follow. */
final class PublishedSummaries {
  private PublishedSummaries() {}

  static DeliveredSummary of(LanguageVersion version, ZoneId zone, URI base) {
    return new DeliveredSummary(
        version.article().id(),
        version.language(),
        false,
        version.live().title(),
        version.live().summary(),
        version.slug(),
        version.article().tags(),
        version.publishedAt(),
        PublishedDates.format(
            version.publishedAt(), ULocale.forLanguageTag(version.language()), zone),
        base.resolve("content/articles/" + version.slug() + "?lang=" + version.language())
            .toString());
  }
}
