package dev.tilmash.delivery;

import dev.tilmash.shared.RestApplication;
import dev.tilmash.vocabulary.LocalizedTerm;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published article in the language negotiated for the reader, its tags and section labelled in
 * that language.
 */
public record DeliveredArticle(
    String id,
    String language,
    String requestedLanguage,
    boolean fallback,
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) String title,
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) String summary,
    @Schema(description = RestApplication.SANITISED_BODY) String body,
    String slug,
    List<LocalizedTerm> tags,
    LocalizedTerm section,
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
