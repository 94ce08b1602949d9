package dev.tilmash.webhook;

/** Where a delivery is: waiting for its (next) attempt, delivered, or given up. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED
}
