package dev.tilmash.preview;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST …/versions/{lang}/preview-links}, all optional: how long the link lives
 * (ISO-8601, default {@code tilmash.preview.default-lifetime}, at most {@code
 * tilmash.preview.max-lifetime}) and the revision it shows (default: the working revision, as it is
 * when the link is opened).
 */
public record PreviewLinkInput(@Size(max = 40) String expiresIn, @Positive Integer revision) {}
