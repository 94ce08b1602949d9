package dev.tilmash.importing;

import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What an editor says about all files of one import: their language ({@code null}: guess it per
 * file) and the tags every imported article gets.
 */
record ImportOptions(Language language, List<String> tags) {
  private static final int MAX_TAGS = 20;
  private static final int MAX_TAG = 64;

  /**
   * Reads the {@code language} and {@code tags} parameters; tags may be repeated or comma
   * separated.
   *
   * @throws ProblemException for an invalid or unsupported language, or too many or too long tags
   */
  static ImportOptions parse(LanguageSet languages, String language, List<String> tags) {
    Language given = language == null || language.isBlank() ? null : languages.require(language);
    List<String> list =
        (tags == null ? List.<String>of() : tags)
            .stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
    if (list.size() > MAX_TAGS || list.stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
      throw new ProblemException(ProblemType.INVALID_FIELD, Map.of("fields", List.of("tags")));
    }
    return new ImportOptions(given, list);
  }
}
