package dev.tilmash.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies the line rules to what a reader found: metadata lines become the author and source,
 * debris lines are dropped (each with the rule that dropped it), and, when the format marks no
 * title, the first line left is the title. A "read also" label on its own also drops the links
 * listed after it. Before a marked title (the top of an HTML page) whatever is neither metadata nor
 * debris is dropped as {@code before-title}.
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
  private String title;
  private boolean readAlsoList;

  private ArticleCleaner(DebrisRules rules) {
    this.rules = rules;
  }

  /** The article {@code raw} holds once metadata and debris are taken out. */
  static CleanArticle clean(RawArticle raw, DebrisRules rules) {
    ArticleCleaner cleaner = new ArticleCleaner(rules);
    cleaner.dropped.addAll(raw.dropped());
    cleaner.warnings.addAll(raw.warnings());
    raw.preamble().forEach(block -> cleaner.block(block, true));
    cleaner.title = raw.title();
    raw.blocks().forEach(block -> cleaner.block(block, false));
    raw.declared().forEach(cleaner.metadata::putIfAbsent);
    String markdown =
        cleaner.body.stream().map(Block::markdown).collect(Collectors.joining("\n\n"));
    String title = cleaner.title == null ? null : cleaner.title.strip().replaceAll("\\s+", " ");
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
        if (title == null && !beforeTitle) {
          title = line.text();
        } else {
          kept.add(line);
        }
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
    found.ifPresent(
        metadata -> {
          String first = this.metadata.putIfAbsent(metadata.field(), metadata.value());
          if (first != null && !first.equals(metadata.value())) {
            warnings.add(
                ImportWarning.of(
                    "metadata-repeated",
                    "field",
                    metadata.field().id(),
                    "value",
                    metadata.value()));
          }
        });
    return found.isPresent();
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
