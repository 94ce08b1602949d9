package dev.tilmash.webhook;

import java.util.List;

/** A claimed delivery, as the sender needs it once the claim's transaction has committed. */
record Attempt(
    String deliveryId, String messageId, String url, List<String> secrets, String payload) {}
