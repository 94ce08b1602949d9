package dev.tilmash.article;

import dev.tilmash.language.SlugTransliterator;
import dev.tilmash.shared.RestApplication;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /articles/{id}/versions/{lang}}. {@code basedOnSourceRevision} says which
 * source revision the translation now follows; {@code slug} changes the slug and keeps the old one
 * as a redirect.
 */
public record VersionInput(
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) @NotBlank @Size(max = 500) String title,
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) @Size(max = 2000) String summary,
    @NotNull String body,
    @Pattern(regexp = SlugTransliterator.SHAPE) @Size(max = 80) String slug,
    @Positive Integer basedOnSourceRevision,
    @Size(max = 2000) String comment) {

  public VersionContent content() {
    return new VersionContent(title, summary, body);
  }
}
