package dev.tilmash.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the integration tests: one request at a time, as a given user. */
public final class Api {
  public static final String PASSWORD = "demo";
  // HTTP/1.1: by default the client offers an h2c upgrade on a plain connection and then shares
  // that one HTTP/2 connection between threads; under load on Liberty a stream of it was left
  // unanswered, and every request after it on the connection waited for its 60 s timeout.
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final URI base;
  private final String user;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Api(URI base, String user) {
    this.base = base;
    this.user = user;
  }

  /** An anonymous client (a client site) against the deployment's base URL. */
  public static Api anonymous(URL deployment) {
    try {
      return new Api(deployment.toURI().resolve("api/v1/"), null);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public Api as(String username) {
    return new Api(base, username);
  }

  public Api header(String name, String value) {
    Api copy = new Api(base, user);
    copy.headers.putAll(headers);
    copy.headers.put(name, value);
    return copy;
  }

  public Reply get(String path) {
    return send("GET", path, null, "application/json");
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, "application/json");
  }

  public Reply put(String path, String json) {
    return send("PUT", path, json, "application/json");
  }

  public Reply send(String method, String path, String body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (user != null) {
      String pair = user + ":" + PASSWORD;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    headers.forEach(request::header);
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Raw bytes as the body, with {@code contentType} or (null) no Content-Type at all. */
  public Reply sendBytes(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (user != null) {
      String pair = user + ":" + PASSWORD;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    headers.forEach(request::header);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      return new Reply(
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response, with its JSON body parsed on demand. */
  public record Reply(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public java.util.List<String> headers(String name) {
      return response.headers().allValues(name);
    }

    public String body() {
      return response.body();
    }

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      return Json.createReader(new StringReader(response.body())).read();
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }

  /** JSON text from pairs, so tests read like the API documentation. */
  public static String json(Object... pairs) {
    var object = Json.createObjectBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      String name = (String) pairs[i];
      Object value = pairs[i + 1];
      if (value instanceof Integer n) {
        object.add(name, n);
      } else if (value instanceof Boolean b) {
        object.add(name, b);
      } else if (value instanceof java.util.List<?> list) {
        var array = Json.createArrayBuilder();
        list.forEach(item -> array.add(String.valueOf(item)));
        object.add(name, array);
      } else if (value != null) {
        object.add(name, String.valueOf(value));
      }
    }
    return object.build().toString();
  }
}
