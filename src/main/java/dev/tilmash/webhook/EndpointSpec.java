package dev.tilmash.webhook;

import java.util.List;
import java.util.Set;

/** What an endpoint wants, validated: its target, its events and languages, and enabled. */
record EndpointSpec(
    String url, Set<WebhookEvent> events, List<String> languages, boolean enabled) {}
