package dev.tilmash.importing;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies the line rules to what a reader found: metadata lines become the author and source,
 * debris lines are dropped (each with the rule that dropped it), and, when the format marks no
 * title, {@link TitleFinder} finds it among the first lines. A "read also" label on its own also
 * drops the links listed after it. Before a marked title (the top of an HTML page) whatever is
 * neither metadata nor debris is dropped as {@code before-title}. Last, {@link PageEnd} takes the
 * author's signature and the site's chrome off the end of the page.
 */
final class ArticleCleaner {
  static final String BEFORE_TITLE = "before-title";
  private static final String READ_ALSO = "read-also";
  private static final int LABEL_WORDS = 4;

  private final DebrisRules rules;
  private final Map<MetadataField, String> metadata = new EnumMap<>(MetadataField.class);
  private final List<DroppedLine> dropped = new ArrayList<>();
  private final List<ImportWarning> warnings = new ArrayList<>();
  private final List<Block> body = new ArrayList<>();
  private boolean readAlsoList;

  private ArticleCleaner(DebrisRules rules) {
    this.rules = rules;
  }

  /**
   * The article {@code raw} holds once metadata and debris are taken out; {@code language} is the
   * language given for the file, or {@code null} to judge its sentences by the language they look
   * like.
   */
  static CleanArticle clean(RawArticle raw, DebrisRules rules, ULocale language) {
    ArticleCleaner cleaner = new ArticleCleaner(rules);
    cleaner.dropped.addAll(raw.dropped());
    cleaner.warnings.addAll(raw.warnings());
    raw.preamble().forEach(block -> cleaner.block(block, true));
    raw.blocks().forEach(block -> cleaner.block(block, false));
    TextShape shape = new TextShape(language == null ? cleaner.looksLike() : language);
    List<Block> blocks = cleaner.body;
    String title = raw.title();
    if (title == null) {
      TitleFinder.Found found = TitleFinder.find(blocks, shape);
      title = found.title();
      blocks = found.blocks();
      cleaner.dropped.addAll(found.dropped());
      cleaner.warnings.addAll(found.warnings());
    }
    PageEnd.Found end = PageEnd.find(blocks, shape);
    blocks = end.blocks();
    cleaner.dropped.addAll(end.dropped());
    end.signature().ifPresent(author -> cleaner.state(MetadataField.AUTHOR, author));
    raw.declared().forEach(cleaner.metadata::putIfAbsent);
    String markdown = blocks.stream().map(Block::markdown).collect(Collectors.joining("\n\n"));
    title = title == null ? null : title.strip().replaceAll("\\s+", " ");
    if (title != null && markdown.isBlank()) {
      cleaner.warnings.add(ImportWarning.of("empty-body"));
    }
    return new CleanArticle(
        title,
        raw.summary(),
        markdown,
        cleaner.metadata.get(MetadataField.AUTHOR),
        cleaner.metadata.get(MetadataField.SOURCE),
        cleaner.dropped,
        cleaner.warnings);
  }

  /** The language the kept text looks like, for its sentence and word breaks. */
  private ULocale looksLike() {
    String text =
        body.stream()
            .flatMap(block -> block.lines().stream())
            .map(Block.Line::text)
            .collect(Collectors.joining("\n"));
    LanguageGuess guess = LanguageGuesser.guess(text);
    return guess.equals(LanguageGuess.NONE) ? ULocale.ROOT : ULocale.forLanguageTag(guess.tag());
  }

  private void block(Block block, boolean beforeTitle) {
    if (block.kind() == Block.Kind.CODE) {
      keep(block, block.lines(), beforeTitle);
      return;
    }
    List<Block.Line> kept = new ArrayList<>();
    for (Block.Line line : block.lines()) {
      if (line.text().isBlank()) {
        kept.add(line);
      } else if (readAlsoList && (line.listItem() || line.linkOnly())) {
        dropped.add(new DroppedLine(line.text(), READ_ALSO));
      } else if (!metadataLine(line) && !debris(line)) {
        readAlsoList = false;
        kept.add(line);
      }
    }
    keep(block, kept, beforeTitle);
  }

  private void keep(Block block, List<Block.Line> lines, boolean beforeTitle) {
    if (lines.stream().allMatch(line -> line.text().isBlank())) {
      return;
    }
    if (beforeTitle) {
      lines.stream()
          .filter(line -> !line.text().isBlank())
          .forEach(line -> dropped.add(new DroppedLine(line.text(), BEFORE_TITLE)));
    } else {
      body.add(new Block(block.kind(), lines));
    }
  }

  private boolean metadataLine(Block.Line line) {
    Optional<MetadataLine> found = MetadataLine.parse(line.text());
    found.ifPresent(metadata -> state(metadata.field(), metadata.value()));
    return found.isPresent();
  }

  /** The first statement of a field wins; a different one later earns a warning. */
  private void state(MetadataField field, String value) {
    String first = metadata.putIfAbsent(field, value);
    if (first != null && !first.equals(value)) {
      warnings.add(ImportWarning.of("metadata-repeated", "field", field.id(), "value", value));
    }
  }

  private boolean debris(Block.Line line) {
    Optional<String> rule = rules.lineRule(line.text());
    rule.ifPresent(
        name -> {
          dropped.add(new DroppedLine(line.text(), name));
          readAlsoList = name.equals(READ_ALSO) && line.text().split("\\s+").length <= LABEL_WORDS;
        });
    return rule.isPresent();
  }
}
