package dev.tilmash.delivery;

import java.time.Instant;
import java.util.List;

/** A published article in the language negotiated for the reader. */
public record DeliveredArticle(
    String id,
    String language,
    String requestedLanguage,
    boolean fallback,
    String title,
    String summary,
    String body,
    String slug,
    List<String> tags,
    String author,
    String source,
    Instant publishedAt,
    String publishedAtText,
    int wordCount,
    int readingMinutes,
    List<Translation> translations) {

  /** Another published language of the same article. */
  public record Translation(String language, String slug, String url) {}
}
