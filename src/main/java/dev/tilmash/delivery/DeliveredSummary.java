package dev.tilmash.delivery;

import dev.tilmash.shared.RestApplication;
import dev.tilmash.vocabulary.LocalizedTerm;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published article as a delivery list shows it. */
public record DeliveredSummary(
    String id,
    String language,
    boolean fallback,
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) String title,
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) String summary,
    String slug,
    List<LocalizedTerm> tags,
    LocalizedTerm section,
    Instant publishedAt,
    String publishedAtText,
    String url) {}
