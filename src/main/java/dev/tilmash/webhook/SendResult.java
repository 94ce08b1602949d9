package dev.tilmash.webhook;

import java.time.Duration;

/**
 * What one attempt got: the HTTP status (0 when no answer came), how long it took, the first bytes
 * of the answer, the receiver's {@code Retry-After}, and why it failed when it did.
 */
record SendResult(int status, long millis, String bodyPrefix, Duration retryAfter, String failure) {
  static SendResult unanswered(long millis, String failure) {
    return new SendResult(0, millis, null, null, failure);
  }

  boolean succeeded() {
    return status >= 200 && status < 300;
  }

  boolean gone() {
    return status == 410;
  }
}
