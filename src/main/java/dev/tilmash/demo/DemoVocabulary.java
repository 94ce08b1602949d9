package dev.tilmash.demo;

import dev.tilmash.account.Actor;
import dev.tilmash.vocabulary.LabelInput;
import dev.tilmash.vocabulary.TermInput;
import dev.tilmash.vocabulary.TermKind;
import dev.tilmash.vocabulary.VocabularyService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's tags and sections, labelled in all five languages, from {@code demo/vocabulary.tsv}
 * (kind, key, then the labels in en, ru, kk, uz, zh); written before the articles that use them.
 */
final class DemoVocabulary {
  private static final String PATH = "demo/vocabulary.tsv";
  private static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz", "zh");

  private DemoVocabulary() {}

  static void write(VocabularyService vocabulary, Actor editor) {
    for (String line : lines()) {
      String[] cells = line.split("\t");
      List<LabelInput> labels = new ArrayList<>();
      for (int i = 0; i < LANGUAGES.size(); i++) {
        labels.add(new LabelInput(LANGUAGES.get(i), cells[i + 2], null));
      }
      TermKind kind = cells[0].equals("section") ? TermKind.SECTION : TermKind.TAG;
      vocabulary.create(editor, kind, new TermInput(cells[1], labels));
    }
  }

  private static List<String> lines() {
    try (InputStream in = DemoVocabulary.class.getClassLoader().getResourceAsStream(PATH)) {
      if (in == null) {
        throw new IllegalStateException("missing " + PATH);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
