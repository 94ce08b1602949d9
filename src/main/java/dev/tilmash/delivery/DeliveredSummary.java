package dev.tilmash.delivery;

import java.time.Instant;
import java.util.List;

/** A published article as a delivery list shows it. */
public record DeliveredSummary(
    String id,
    String language,
    boolean fallback,
    String title,
    String summary,
    String slug,
    List<String> tags,
    Instant publishedAt,
    String publishedAtText,
    String url) {}
