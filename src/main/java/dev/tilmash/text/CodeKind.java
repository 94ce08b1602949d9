package dev.tilmash.text;

/**
 * What an inline code stands for in the Markdown body, and how XLIFF names it ({@code type} and
 * {@code subType} of {@code <pc>}/{@code <ph>}), so CAT tools can show bold as bold.
 */
public enum CodeKind {
  BOLD("fmt", "xlf:b"),
  ITALIC("fmt", "xlf:i"),
  LINK("link", null),
  IMAGE("image", null),
  CODE("fmt", "tilmash:code"),
  LINE_BREAK("fmt", "xlf:lb"),
  HTML("other", null),
  /** A code read from a file: its Markdown is in its original data, its kind does not matter. */
  OTHER(null, null);

  private final String type;
  private final String subType;

  CodeKind(String type, String subType) {
    this.type = type;
    this.subType = subType;
  }

  public String type() {
    return type;
  }

  public String subType() {
    return subType;
  }
}
