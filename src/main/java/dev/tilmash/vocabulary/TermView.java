package dev.tilmash.vocabulary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A term for editors: its key and every label it has, in language order. */
public record TermView(String kind, String key, List<Label> labels, Instant updatedAt) {

  /** The label and slug of one language. */
  public record Label(String language, String label, String slug) {}

  static TermView of(Term term) {
    TermText text = term.text();
    List<Label> labels =
        text.labels().entrySet().stream()
            .map(e -> new Label(e.getKey(), e.getValue().label(), e.getValue().slug()))
            .sorted(Comparator.comparing(Label::language))
            .toList();
    return new TermView(term.kind().id(), term.key(), labels, term.updatedAt());
  }

  /** A term's view with its ETag, which travels beside it, as a header. */
  public record Tagged(TermView view, String etag) {}
}
