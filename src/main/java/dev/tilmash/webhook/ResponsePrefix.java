package dev.tilmash.webhook;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the first bytes of a receiver's answer for the delivery log and reads past the rest without
 * keeping it, so a receiver that answers with megabytes costs no memory.
 */
final class ResponsePrefix implements HttpResponse.BodySubscriber<String> {
  private static final int BYTES = 1024;

  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final CompletableFuture<String> body = new CompletableFuture<>();

  static HttpResponse.BodyHandler<String> handler() {
    return info -> new ResponsePrefix();
  }

  @Override
  public CompletionStage<String> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      while (buffer.hasRemaining() && kept.size() < BYTES) {
        kept.write(buffer.get());
      }
      buffer.position(buffer.limit());
    }
  }

  @Override
  public void onError(Throwable failure) {
    body.complete(text());
  }

  @Override
  public void onComplete() {
    body.complete(text());
  }

  private String text() {
    String text = new String(kept.toByteArray(), StandardCharsets.UTF_8);
    return text.length() > WebhookDelivery.RESPONSE_PREFIX_CHARS
        ? text.substring(0, WebhookDelivery.RESPONSE_PREFIX_CHARS)
        : text;
  }
}
