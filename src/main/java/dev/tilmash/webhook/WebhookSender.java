package dev.tilmash.webhook;

import dev.tilmash.shared.HttpClients;
import dev.tilmash.shared.LazyHttpClient;
import dev.tilmash.shared.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends one attempt as the Standard Webhooks specification says: a POST of the JSON payload with
 * {@code webhook-id} (the message's, the same on every attempt), {@code webhook-timestamp} (this
 * attempt's, in seconds) and {@code webhook-signature}. It follows no redirect (a redirect is a
 * failure, so nobody can bounce a delivery into the internal network), has a connect and a read
 * timeout, and checks the target's addresses again right before sending. It never throws: every
 * failure is a {@link SendResult}.
 *
 * <p>Lifecycle: the HTTP client is made on the first send and closed when the application stops
 * ({@link LazyHttpClient}), so that no selector thread of it outlives an undeployed application.
 */
@ApplicationScoped
public class WebhookSender {
  @Inject WebhookSettings settings;
  @Inject Clock clock;
  private final LazyHttpClient client =
      new LazyHttpClient(
          () ->
              HttpClients.builder(settings.connectTimeout())
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build());

  public CompletableFuture<SendResult> send(Attempt attempt) {
    long started = System.nanoTime();
    HttpRequest request;
    try {
      URI target = URI.create(attempt.url());
      TargetGuard.check(target, settings.allowPrivateTargets());
      long timestamp = clock.instant().getEpochSecond();
      request =
          HttpRequest.newBuilder(target)
              .timeout(settings.readTimeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", "Tilmash-Webhooks/1")
              .header("webhook-id", attempt.messageId())
              .header("webhook-timestamp", Long.toString(timestamp))
              .header(
                  "webhook-signature",
                  WebhookSigner.header(
                      attempt.secrets(), attempt.messageId(), timestamp, attempt.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(attempt.payload(), StandardCharsets.UTF_8))
              .build();
    } catch (ProblemException refused) {
      return CompletableFuture.completedFuture(
          SendResult.unanswered(0, "target refused: " + refused.arguments()));
    } catch (IllegalArgumentException malformed) {
      return CompletableFuture.completedFuture(SendResult.unanswered(0, "malformed target"));
    }
    return client
        .get()
        .sendAsync(request, ResponsePrefix.handler())
        .orTimeout(
            settings.connectTimeout().plus(settings.readTimeout()).toMillis(),
            TimeUnit.MILLISECONDS)
        .handle(
            (response, failure) -> {
              long millis = (System.nanoTime() - started) / 1_000_000;
              if (failure != null) {
                return SendResult.unanswered(millis, describe(failure));
              }
              return answered(response, millis);
            });
  }

  private SendResult answered(HttpResponse<String> response, long millis) {
    String failure =
        response.statusCode() >= 300 && response.statusCode() < 400
            ? "redirect not followed"
            : response.statusCode() >= 300 ? "HTTP " + response.statusCode() : null;
    return new SendResult(
        response.statusCode(),
        millis,
        response.body(),
        RetryAfter.parse(
            response.headers().firstValue("Retry-After").orElse(null), clock.instant()),
        failure);
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null
        && (cause instanceof java.util.concurrent.CompletionException
            || cause.getMessage() == null)) {
      cause = cause.getCause();
    }
    String kind =
        cause instanceof java.net.http.HttpTimeoutException
                || cause instanceof java.util.concurrent.TimeoutException
            ? "timed out"
            : cause instanceof java.net.ConnectException ? "connection refused" : "no answer";
    return kind;
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
