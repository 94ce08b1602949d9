package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

/** Test data through the API, as the newsroom's people would make it. */
public record Newsroom(Api api) {

  /** An editor creates an English article with a unique title; returns its id. */
  public String article(String title, String body) {
    Api.Reply created =
        api.as("editor")
            .post(
                "articles",
                Api.json(
                    "sourceLanguage",
                    "en",
                    "title",
                    title + " " + UUID.randomUUID(),
                    "summary",
                    "A test article.",
                    "body",
                    body,
                    "tags",
                    List.of("test"),
                    "author",
                    "Test desk"));
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("id");
  }

  /** A translator starts a translation with If-None-Match: *; returns its ETag. */
  public String translate(String id, String lang, String translator, String title, String body) {
    Api.Reply reply =
        api.as(translator)
            .header("If-None-Match", "*")
            .put(
                version(id, lang),
                Api.json(
                    "title", title + " " + UUID.randomUUID(), "summary", "Summary", "body", body));
    assertEquals(201, reply.status(), reply::toString);
    return reply.header("ETag");
  }

  public Api.Reply step(String id, String lang, String user, String action) {
    return api.as(user).post(version(id, lang) + "/transitions", Api.json("action", action));
  }

  /** Submit by the author, approval by editor2, publication by editor; each must succeed. */
  public void publish(String id, String lang, String author) {
    for (String[] step :
        new String[][] {{author, "submit"}, {"editor2", "approve"}, {"editor", "publish"}}) {
      Api.Reply reply = step(id, lang, step[0], step[1]);
      assertEquals(200, reply.status(), () -> step[1] + ": " + reply);
    }
  }

  public static String version(String id, String lang) {
    return "articles/" + id + "/versions/" + lang;
  }
}
