package dev.tilmash.preview;

import java.time.Instant;

/** A signed preview link to share: open it without an account until {@code expiresAt}. */
public record PreviewLinkView(String url, Instant expiresAt, String revision) {}
