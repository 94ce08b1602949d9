package dev.tilmash.article;

import dev.tilmash.language.SlugTransliterator;
import dev.tilmash.shared.RestApplication;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /articles}: the source language version and shared metadata, with the
 * article's tags and section as keys of the vocabulary.
 */
public record NewArticle(
    @NotBlank @Size(max = 64) String sourceLanguage,
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) @NotBlank @Size(max = 500) String title,
    @Schema(description = RestApplication.PLAIN_TEXT_FIELD) @Size(max = 2000) String summary,
    @NotNull String body,
    @Schema(
            description =
                "Tag keys of the vocabulary; a key it does not have yet is created, unlabelled")
        @Size(max = 20)
        List<@NotBlank @Size(max = 64) String> tags,
    @Size(max = 300) String author,
    @Size(max = 500) String source,
    @Pattern(regexp = SlugTransliterator.SHAPE) @Size(max = 80) String slug,
    @Schema(description = "The key of a section in the vocabulary (optional)") @Size(max = 64)
        String section) {

  /** An article in no section. */
  public NewArticle(
      String sourceLanguage,
      String title,
      String summary,
      String body,
      List<String> tags,
      String author,
      String source,
      String slug) {
    this(sourceLanguage, title, summary, body, tags, author, source, slug, null);
  }

  public VersionContent content() {
    return new VersionContent(title, summary, body);
  }

  public List<String> tagList() {
    return tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
  }
}
