package dev.tilmash.vocabulary;

import dev.tilmash.language.SlugTransliterator;
import dev.tilmash.shared.RestApplication;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A term's label in one language; without a slug, one is made from the label. */
public record LabelInput(
    @NotBlank @Size(max = 64) String language,
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) @NotBlank @Size(max = 200) String label,
    @Pattern(regexp = SlugTransliterator.SHAPE) @Size(max = 80) String slug) {}
