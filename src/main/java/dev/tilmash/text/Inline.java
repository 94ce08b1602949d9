package dev.tilmash.text;

/**
 * One piece of a unit's content: text, or an inline code whose original data is the Markdown it
 * stands for ({@code **}, {@code [}, {@code ](https://…)}, {@code `x`}). Paired codes open and
 * close with the same {@code id}; XLIFF writes them as {@code <pc>} (or {@code <sc>}/{@code <ec>}
 * when a segment boundary falls between them), placeholders as {@code <ph>}.
 */
public sealed interface Inline {

  /** Literal text, never Markdown: {@code *} here is a star, not emphasis. */
  record Text(String text) implements Inline {}

  /** An inline code: an opening, a closing or a placeholder. */
  sealed interface Code extends Inline {
    String id();

    /** The Markdown it stands for; {@code null} when a file named data it does not hold. */
    String data();
  }

  record Open(String id, String data, CodeKind kind) implements Code {}

  record Close(String id, String data, CodeKind kind) implements Code {}

  record Placeholder(String id, String data, CodeKind kind) implements Code {}
}
