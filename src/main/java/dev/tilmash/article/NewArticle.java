package dev.tilmash.article;

import dev.tilmash.language.SlugTransliterator;
import dev.tilmash.shared.RestApplication;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /articles}: the source language version and shared metadata. */
public record NewArticle(
    @NotBlank @Size(max = 64) String sourceLanguage,
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) @NotBlank @Size(max = 500) String title,
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) @Size(max = 2000) String summary,
    @NotNull String body,
    @Size(max = 20) List<@NotBlank @Size(max = 64) String> tags,
    @Size(max = 300) String author,
    @Size(max = 500) String source,
    @Pattern(regexp = SlugTransliterator.SHAPE) @Size(max = 80) String slug) {

  public VersionContent content() {
    return new VersionContent(title, summary, body);
  }

  public List<String> tagList() {
    return tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
  }
}
