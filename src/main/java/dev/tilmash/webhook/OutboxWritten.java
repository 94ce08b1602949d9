package dev.tilmash.webhook;

/**
 * Deliveries were written to the outbox; observed after the transaction commits, so the workers
 * start on them at once instead of at their next poll.
 */
record OutboxWritten(int deliveries) {}
