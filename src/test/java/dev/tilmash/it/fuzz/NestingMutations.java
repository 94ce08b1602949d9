package dev.tilmash.it.fuzz;

import static dev.tilmash.it.fuzz.Variant.answered;

import dev.tilmash.it.fuzz.JsonShape.Field;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Deeply nested Markdown and HTML, at the depths that overflowed the stack (15,000 quotes, 6,000
 * list items, 20,000 divs). Refusing or flattening are both right; only a 5xx is wrong.
 */
final class NestingMutations {
  private static final List<Integer> DEPTHS = List.of(3_000, 6_000, 15_000);
  private static final List<Shape> MARKDOWN =
      List.of(
          new Shape("quotes", n -> "> ".repeat(n) + "deep"),
          new Shape("bullets", n -> "- ".repeat(n) + "deep"),
          new Shape("numbered", n -> "1. ".repeat(n) + "deep"),
          new Shape("brackets", n -> "[".repeat(n) + "deep" + "]".repeat(n)),
          new Shape("emphasis", n -> "*".repeat(n) + "deep" + "*".repeat(n)),
          new Shape("divs", n -> "<div>".repeat(n) + "deep" + "</div>".repeat(n)));

  private record Shape(String name, IntFunction<String> text) {}

  private NestingMutations() {}

  static List<Variant> inJson() {
    return MARKDOWN.stream()
        .map(
            shape ->
                answered(
                    "nested " + shape.name(),
                    (r, b) -> {
                      int depth = b.pick(DEPTHS);
                      JsonShape json = b.shape();
                      Field body =
                          json.fields().stream()
                              .filter(f -> f.name().equals("body"))
                              .findFirst()
                              .orElseThrow();
                      String text = JsonShape.quote(shape.text().apply(depth));
                      return r.body("application/json", Bodies.utf8(json.with(body, text)))
                          .note(depth + " levels");
                    }))
        .toList();
  }

  static List<Variant> inImports() {
    return List.of(
        answered(
            "a nested .md file",
            (r, b) -> {
              Shape shape = b.pick(MARKDOWN);
              String text = "# Deep page\n\n" + shape.text().apply(b.pick(DEPTHS)) + "\n";
              return file(r, "deep.md", text).note(shape.name());
            }),
        answered(
            "a .html file of 20,000 divs",
            (r, b) ->
                file(
                    r,
                    "deep.html",
                    "<html><body><h1>Deep page</h1>" + "<div>".repeat(20_000) + "deep")));
  }

  private static RawRequest file(RawRequest request, String name, String content) {
    String form = Bodies.filePart("B", name, content) + "--B--\r\n";
    return request.body("multipart/form-data; boundary=B", Bodies.utf8(form));
  }
}
