package dev.tilmash.article;

import java.time.Instant;

/**
 * One revision with its words, as a translator or editor reads it back: whether it is the live
 * revision (what readers see) and whether it is the working one (what the next edit builds on).
 */
public record RevisionView(
    String language,
    int number,
    String title,
    String summary,
    String body,
    String bodyHtml,
    String author,
    Instant createdAt,
    String comment,
    Integer basedOnSourceRevision,
    String contentHash,
    Instant publishedAt,
    boolean minor,
    boolean live,
    boolean working) {

  static RevisionView of(Revision r, LanguageVersion v) {
    return new RevisionView(
        v.language(),
        r.number(),
        r.title(),
        r.summary(),
        r.body(),
        r.bodyHtml(),
        r.author(),
        r.createdAt(),
        r.comment(),
        r.basedOnSourceRevision(),
        r.contentHash(),
        r.publishedAt(),
        r.minor(),
        v.live() != null && v.live().number() == r.number(),
        v.working().number() == r.number());
  }
}
