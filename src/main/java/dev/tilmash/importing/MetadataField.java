package dev.tilmash.importing;

import java.util.List;

/**
 * The article metadata an old page states in a line of its own ({@code Author: …}, {@code Источник:
 * …}), with the labels it goes by in the newsroom's languages.
 */
public enum MetadataField {
  AUTHOR("author", List.of("author", "authors", "автор", "авторы", "muallif", "作者")),
  SOURCE("source", List.of("source", "источник", "дереккөз", "manba", "来源", "出处"));

  private final String id;
  private final List<String> labels;

  MetadataField(String id, List<String> labels) {
    this.id = id;
    this.labels = labels;
  }

  /** The field's name in reports: {@code author} or {@code source}. */
  public String id() {
    return id;
  }

  /**
   * True when {@code label} (lower case) is one of this field's labels or an obvious misspelling of
   * one: {@code Auther}, {@code Souce}, {@code Атвор}. Short labels must match exactly, as a single
   * wrong letter in them is already another word.
   */
  boolean isLabel(String label) {
    return labels.stream()
        .anyMatch(known -> EditDistance.between(label, known) <= tolerance(known.length()));
  }

  private static int tolerance(int length) {
    if (length <= 3) {
      return 0;
    }
    return length <= 8 ? 1 : 2;
  }
}
