package dev.tilmash.interchange;

import dev.tilmash.text.Inline;
import java.util.List;
import java.util.Map;

/**
 * An XLIFF 2 document as Tilmash writes and reads it: one {@code <file>} for one article version,
 * units of segments and ignorables, metadata (module {@code mda}) and translation candidates
 * (module {@code mtc}). Inline codes carry their original data by value, not by reference.
 */
public record XliffDocument(
    String version,
    String sourceLanguage,
    String targetLanguage,
    String fileId,
    String original,
    Map<String, String> metadata,
    List<Unit> units) {

  public static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
  public static final String MDA = "urn:oasis:names:tc:xliff:metadata:2.0";
  public static final String MTC = "urn:oasis:names:tc:xliff:matches:2.0";
  public static final String VERSION = "2.1";

  /** The category of Tilmash's own metadata groups. */
  public static final String CATEGORY = "tilmash";

  public static final String ARTICLE_ID = "articleId";
  public static final String SOURCE_REVISION = "sourceRevision";
  public static final String TARGET_REVISION = "targetRevision";
  public static final String VERSION_ETAG = "versionEtag";
  public static final String EXPORTED_AT = "exportedAt";
  public static final String SOURCE_HASH = "sourceHash";
  public static final String TARGET_HASH = "targetHash";

  public record Unit(
      String id, String name, Map<String, String> metadata, List<Part> parts, List<Match> matches) {

    public List<Part> segments() {
      return parts.stream().filter(Part::segment).toList();
    }
  }

  /**
   * A {@code <segment>} or {@code <ignorable>}; {@code target} is {@code null} when absent, {@code
   * order} the target's {@code order} attribute (0 when absent).
   */
  public record Part(
      boolean segment,
      String id,
      List<Inline> source,
      List<Inline> target,
      String state,
      int order) {}

  /** A translation candidate: plain text, with its similarity in percent. */
  public record Match(String ref, double similarity, String origin, String source, String target) {}
}
