package dev.tilmash.delivery;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The public URLs of published content, as client sites follow them: the one place that knows their
 * shape, for the links inside delivery answers ({@code url}, {@code translations[].url}) and the
 * {@code Link} headers alike, and for the redirect from an old slug.
 */
public final class PublicLinks {
  private PublicLinks() {}

  /**
   * The delivery URL of one language version: {@code content/articles/{slug}?lang={language}},
   * resolved against {@code base}, the API's base URL as the reader addressed it.
   */
  public static String article(URI base, String slug, String language) {
    return base.resolve("content/articles/" + slug + "?lang=" + language).toString();
  }

  /** The request {@code uri} asked, under the article's current {@code slug}, its query kept. */
  public static URI renamed(UriInfo uri, String slug) {
    return uri.getBaseUriBuilder()
        .path("content/articles")
        .path(slug)
        .replaceQuery(uri.getRequestUri().getRawQuery())
        .build();
  }
}
