package dev.tilmash.it.fuzz;

import java.util.List;

/**
 * What the fuzz aims at, made through the API before the run: target versions (never to change),
 * scratch versions (any valid write may change them), a published slug, a scratch user, and an
 * XLIFF file exported from a scratch translation.
 */
public record Fixtures(
    List<Subject> targets,
    List<Subject> scratch,
    String slug,
    String scratchUser,
    String derivableArticleId,
    byte[] xliff) {}
