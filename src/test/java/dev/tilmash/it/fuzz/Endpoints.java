package dev.tilmash.it.fuzz;

import static dev.tilmash.it.fuzz.Endpoint.of;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Every endpoint family of the API, each with a valid request the fuzz then spoils. */
public final class Endpoints {
  private static final String VERSION = "articles/{id}/versions/{lang}";

  private Endpoints() {}

  /**
   * @param runTag makes the names this run creates (users) unique across runs on one database
   */
  public static List<Endpoint> all(String runTag) {
    AtomicInteger users = new AtomicInteger();
    return List.of(
        of("content/articles", "GET", "content/articles")
            .query("lang", "ru")
            .flag("fallback", "true")
            .query("sort", "published")
            .numeric("page", "0")
            .numeric("size", "5"),
        of("content/articles/{key}", "GET", "content/articles/{slug}").query("lang", "en"),
        of("content/search", "GET", "content/search")
            .query("q", "grain")
            .query("lang", "en")
            .numeric("page", "0")
            .numeric("size", "5"),
        of("languages", "GET", "languages"),
        of("articles (list)", "GET", "articles")
            .as("editor")
            .query("state", "DRAFT")
            .query("language", "en")
            .flag("outdated", "false")
            .query("q", "fuzz")
            .numeric("page", "0")
            .numeric("size", "5"),
        of("articles (create)", "POST", "articles").as("editor").json(s -> newArticle()),
        of("articles/{id}", "GET", "articles/{id}").as("editor"),
        of("versions (read)", "GET", VERSION).as("editor"),
        of("versions (save)", "PUT", VERSION).as("editor").ifMatch().json(Endpoints::version),
        of("transitions", "POST", VERSION + "/transitions")
            .as("editor")
            .json(
                s ->
                    new JsonShape()
                        .text("action", "submit")
                        .text("comment", "fuzz")
                        .flag("minor", false)),
        of("history", "GET", VERSION + "/history").as("editor"),
        of("revisions (list)", "GET", VERSION + "/revisions")
            .as("editor")
            .numeric("page", "0")
            .numeric("size", "5"),
        of("revisions/{n}", "GET", VERSION + "/revisions/1").as("editor").withRevisionNumbers(),
        of("diff", "GET", VERSION + "/revisions/1/diff/1").as("editor").withRevisionNumbers(),
        of("restore", "POST", VERSION + "/revisions/1/restore")
            .as("editor")
            .ifMatch()
            .withRevisionNumbers(),
        of("source-changes", "GET", VERSION + "/source-changes").as("editor").onlyForTranslations(),
        of("suggestions", "GET", "articles/{id}/versions/kk/suggestions").as("editor"),
        of("xliff (export)", "GET", VERSION + "/xliff").as("editor").onlyForTranslations(),
        of("xliff (import)", "PUT", VERSION + "/xliff")
            .as("editor")
            .ifMatch()
            .onlyForTranslations()
            .flag("force", "false")
            .flag("submit", "false")
            .body(Endpoint.Body.XLIFF),
        of("xliff batch (export)", "GET", "xliff")
            .as("editor")
            .query("language", "ru")
            .query("state", "DRAFT")
            .flag("outdated", "false")
            .query("q", "fuzz")
            .flag("missing", "false"),
        of("xliff batch (import)", "POST", "xliff")
            .as("editor")
            .flag("force", "false")
            .flag("submit", "false")
            .body(Endpoint.Body.XLIFF_ZIP),
        of("imports (form)", "POST", "imports")
            .as("editor")
            .query("language", "en")
            .query("tags", "fuzz")
            .body(Endpoint.Body.MULTIPART),
        of("imports (zip)", "POST", "imports")
            .as("editor")
            .query("language", "en")
            .body(Endpoint.Body.IMPORT_ZIP),
        of("releases (create)", "POST", "articles/{id}/releases")
            .as("editor")
            .json(
                s ->
                    new JsonShape()
                        .texts("languages", "ru")
                        .instant("publishAt", "2031-01-01T09:00:00Z")
                        .flag("minor", false)),
        of("releases (list)", "GET", "articles/{id}/releases").as("editor"),
        of("releases (cancel)", "DELETE", "articles/{id}/releases/{release}").as("editor"),
        of("my-work", "GET", "my-work")
            .as("translator.ru")
            .numeric("page", "0")
            .numeric("size", "5"),
        of("review-queue", "GET", "review-queue")
            .as("editor")
            .query("language", "ru")
            .numeric("page", "0")
            .numeric("size", "5"),
        of("assignee", "PUT", VERSION + "/assignee")
            .as("editor")
            .json(s -> new JsonShape().text("username", "translator.ru")),
        of("derive", "POST", "articles/{derivable}/versions/uz-Cyrl/derive").as("editor"),
        of("users (list)", "GET", "users").as("admin"),
        of("users (create)", "POST", "users")
            .as("admin")
            .json(
                s ->
                    new JsonShape()
                        .text("username", "fuzz-" + runTag + "-" + users.incrementAndGet())
                        .text("password", "fuzz-password")
                        .text("displayName", "Fuzz")
                        .texts("roles", "TRANSLATOR")
                        .texts("languages", "ru")),
        of("users (change)", "PUT", "users/{user}")
            .as("admin")
            .json(
                s ->
                    new JsonShape()
                        .texts("roles", "TRANSLATOR")
                        .texts("languages", "ru")
                        .flag("enabled", true)),
        of("audit", "GET", "audit")
            .as("admin")
            .query("article", "{id}")
            .query("user", "editor")
            .query("from", "2020-01-01T00:00:00Z")
            .query("to", "2100-01-01T00:00:00Z")
            .query("kind", "TRANSITION")
            .numeric("page", "0")
            .numeric("size", "5"));
  }

  private static JsonShape newArticle() {
    return new JsonShape()
        .text("sourceLanguage", "en")
        .text("title", "Fuzz article")
        .text("summary", "A fuzz test article.")
        .text("body", "Body of a **fuzz** article.")
        .texts("tags", "fuzz")
        .text("author", "Fuzz desk")
        .text("source", "Fuzz wire");
  }

  private static JsonShape version(Subject subject) {
    JsonShape shape =
        new JsonShape()
            .text("title", "Fuzz edit")
            .text("summary", "Edited by the fuzz test.")
            .text("body", "An edited **body**.")
            .text("comment", "fuzz");
    return subject.translation() ? shape.number("basedOnSourceRevision", 1) : shape;
  }
}
