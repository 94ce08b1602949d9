package dev.tilmash.it.fuzz;

import static dev.tilmash.it.fuzz.Variant.answered;
import static dev.tilmash.it.fuzz.Variant.refused;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Broken import forms, hostile zips and malformed XLIFF. */
final class FileMutations {
  private static final String FORM = "multipart/form-data; boundary=";

  private FileMutations() {}

  static List<Variant> multipart() {
    return List.of(
        refused("no boundary parameter", (r, b) -> form(r, "multipart/form-data", valid(b, "B"))),
        refused("an empty boundary", (r, b) -> form(r, FORM, valid(b, "B"))),
        refused("mismatched boundary", (r, b) -> form(r, FORM + "other", valid(b, "B"))),
        refused(
            "a part without headers", (r, b) -> form(r, FORM + "B", "--B\r\n\r\nx\r\n--B--\r\n")),
        refused(
            "a part with neither name nor file name",
            (r, b) ->
                form(
                    r,
                    FORM + "B",
                    "--B\r\nContent-Disposition: form-data\r\n\r\n"
                        + Bodies.page(b.rng())
                        + "\r\n--B--\r\n")),
        answered(
            "a file part without a name",
            (r, b) -> form(r, FORM + "B", valid(b, "B").replace(" name=\"files\";", ""))),
        refused(
            "truncated part headers",
            (r, b) -> form(r, FORM + "B", "--B\r\nContent-Disposition: form-da")),
        answered(
            "a 20 KB part header",
            (r, b) ->
                form(
                    r,
                    FORM + "B",
                    valid(b, "B")
                        .replace(
                            "\r\nContent-Type:",
                            "\r\nX-Pad: " + "a".repeat(20_000) + "\r\nContent-Type:"))),
        answered(
            "a 5,000-character file name",
            (r, b) ->
                form(r, FORM + "B", valid(b, "B").replace("page.txt", "p".repeat(4996) + ".txt"))),
        answered(
            "a file name with a NUL",
            (r, b) -> form(r, FORM + "B", valid(b, "B").replace("page.txt", "pa\u0000ge.txt"))),
        refused(
            "no closing boundary",
            (r, b) -> form(r, FORM + "B", Bodies.filePart("B", "page.txt", Bodies.page(b.rng())))),
        answered(
            "a 100-character boundary",
            (r, b) -> form(r, FORM + "b".repeat(100), valid(b, "b".repeat(100)))),
        answered("a quoted boundary", (r, b) -> form(r, FORM + "\"B\"", valid(b, "B"))),
        answered(
            "LF line endings", (r, b) -> form(r, FORM + "B", valid(b, "B").replace("\r\n", "\n"))),
        refused("garbage", (r, b) -> form(r, FORM + "B", "garbage")),
        refused("an empty body", (r, b) -> form(r, FORM + "B", "")));
  }

  static List<Variant> archive(Endpoint endpoint) {
    boolean xliff = endpoint.body() == Endpoint.Body.XLIFF_ZIP;
    String ext = xliff ? ".xlf" : ".txt";
    List<Variant> variants = new ArrayList<>();
    variants.add(refused("random bytes", (r, b) -> zip(r, random(b, 2000))));
    variants.add(
        refused(
            "a truncated zip",
            (r, b) -> {
              byte[] whole = Bodies.zip("page" + ext, entry(b, xliff));
              return zip(r, Arrays.copyOf(whole, whole.length / 2));
            }));
    variants.add(
        refused("an entry ../x", (r, b) -> zip(r, Bodies.zip("../x" + ext, entry(b, xliff)))));
    variants.add(
        refused("an entry /abs", (r, b) -> zip(r, Bodies.zip("/abs" + ext, entry(b, xliff)))));
    variants.add(
        new Variant(
            "an entry in a folder",
            !xliff,
            (r, b) -> zip(r, Bodies.zip("folder/x" + ext, entry(b, xliff)))));
    variants.add(
        answered("an entry ..\\x", (r, b) -> zip(r, Bodies.zip("..\\x" + ext, entry(b, xliff)))));
    variants.add(
        refused(
            "a 3 MB entry", (r, b) -> zip(r, Bodies.zip("big" + ext, new byte[3 * 1024 * 1024]))));
    variants.add(refused("an empty body", (r, b) -> zip(r, new byte[0])));
    variants.add(
        refused(
            "no Content-Type",
            (r, b) ->
                r.body("x", Bodies.zip("page" + ext, entry(b, xliff))).without("Content-Type")));
    return variants;
  }

  static List<Variant> xml() {
    return List.of(
        refused("a DTD with an entity", (r, b) -> xliff(r, "<!DOCTYPE x [<!ENTITY e \"v\">]>", b)),
        refused(
            "an external entity",
            (r, b) -> xliff(r, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", b)),
        refused(
            "nested entities",
            (r, b) ->
                xliff(r, "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>", b)),
        refused(
            "truncated",
            (r, b) ->
                r.body(
                    "application/xliff+xml",
                    Arrays.copyOf(b.fixtures().xliff(), b.fixtures().xliff().length / 2))),
        refused("not XML", (r, b) -> r.body("application/xliff+xml", Bodies.utf8("garbage"))),
        refused("an empty body", (r, b) -> r.body("application/xliff+xml", new byte[0])),
        refused(
            "a declared UTF-16 in UTF-8 bytes",
            (r, b) ->
                r.body(
                    "application/xliff+xml",
                    Bodies.utf8(
                        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + withoutDeclaration(b)))),
        refused(
            "10,000 nested elements",
            (r, b) ->
                r.body(
                    "application/xliff+xml",
                    Bodies.utf8("<x>".repeat(10_000) + "</x>".repeat(10_000)))));
  }

  private static String valid(Build build, String boundary) {
    return Bodies.filePart(boundary, "page.txt", Bodies.page(build.rng()))
        + "--"
        + boundary
        + "--\r\n";
  }

  private static RawRequest form(RawRequest request, String type, String body) {
    return request.body(type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static RawRequest zip(RawRequest request, byte[] body) {
    return request.body("application/zip", body);
  }

  private static byte[] entry(Build build, boolean xliff) {
    return xliff ? build.fixtures().xliff() : Bodies.utf8(Bodies.page(build.rng()));
  }

  private static byte[] random(Build build, int length) {
    byte[] bytes = new byte[length];
    build.rng().nextBytes(bytes);
    return bytes;
  }

  private static RawRequest xliff(RawRequest request, String doctype, Build build) {
    String text = "<?xml version=\"1.0\"?>" + doctype + withoutDeclaration(build);
    return request.body(
        "application/xliff+xml", Bodies.utf8(text.replaceFirst("<source>", "<source>&e;")));
  }

  private static String withoutDeclaration(Build build) {
    String text = new String(build.fixtures().xliff(), StandardCharsets.UTF_8);
    return text.startsWith("<?xml") ? text.substring(text.indexOf("?>") + 2) : text;
  }
}
