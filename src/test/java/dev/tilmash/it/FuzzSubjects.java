package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.it.fuzz.Fixtures;
import dev.tilmash.it.fuzz.Subject;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@link ApiFuzzIT} aims at, made through the API as a newsroom would: three target versions
 * (a published English source, its Russian draft translation, an English draft) that only ever get
 * requests that must be refused, and scratch versions, a user and an XLIFF file for the rest.
 */
record FuzzSubjects(Fixtures fixtures, String runTag) {

  static FuzzSubjects make(Api api) {
    Newsroom newsroom = new Newsroom(api);
    String runTag = Long.toString(System.currentTimeMillis(), 36);

    String published = newsroom.article("Fuzz target", "The target's **body**.");
    newsroom.publish(published, "en", "editor");
    String ruEtag = newsroom.translate(published, "ru", "translator.ru", "Цель", "Текст **цели**.");
    String draft = newsroom.article("Fuzz draft target", "A draft target.");

    String scratch = newsroom.article("Fuzz scratch", "Scratch body.");
    newsroom.publish(scratch, "en", "editor");
    String scratchRu =
        newsroom.translate(scratch, "ru", "translator.ru", "Черновик", "Текст черновика.");
    newsroom.translate(scratch, "uz", "translator.uz", "Sinov", "Sinov matni.");

    String user = "fuzz.scratch-" + runTag;
    Api.Reply created =
        api.as("admin")
            .post(
                "users",
                Api.json(
                    "username",
                    user,
                    "password",
                    "fuzz-password",
                    "roles",
                    List.of("TRANSLATOR"),
                    "languages",
                    List.of("ru")));
    assertEquals(201, created.status(), created::toString);

    Api.Reply delivered = api.get("content/articles/" + published + "?lang=en");
    assertEquals(200, delivered.status(), delivered::toString);
    Api.Reply xliff = api.as("editor").get(Newsroom.version(scratch, "ru") + "/xliff");
    assertEquals(200, xliff.status(), xliff::toString);

    List<Subject> targets =
        List.of(
            new Subject(published, "en", false, true, etag(api, published, "en")),
            new Subject(published, "ru", true, true, ruEtag),
            new Subject(draft, "en", false, true, etag(api, draft, "en")));
    List<Subject> scratches =
        List.of(
            new Subject(scratch, "en", false, false, etag(api, scratch, "en")),
            new Subject(scratch, "ru", true, false, scratchRu));
    return new FuzzSubjects(
        new Fixtures(
            targets,
            scratches,
            delivered.json().getString("slug"),
            user,
            scratch,
            xliff.body().getBytes(StandardCharsets.UTF_8)),
        runTag);
  }

  private static String etag(Api api, String id, String lang) {
    Api.Reply version = api.as("editor").get(Newsroom.version(id, lang));
    assertEquals(200, version.status(), version::toString);
    return version.header("ETag");
  }
}
