package dev.tilmash.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag or section as delivery shows it: in the language delivered, fallen back where needed. */
@Schema(description = "A tag or section in the delivered language (label and slug fall back).")
public record LocalizedTerm(
    @Schema(description = "The stable key articles reference") String key,
    @Schema(description = "Plain text, in the delivered language or its fallback") String label,
    String slug) {}
