package dev.tilmash.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Valid bodies of the endpoints that take files: an old site's page, a form, a zip. */
public final class Bodies {
  private Bodies() {}

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A plain-text page as an old site exports it: a title line, then paragraphs. */
  public static String page(Random rng) {
    int n = rng.nextInt(1_000_000);
    return "Grain exports through the Middle Corridor rise "
        + n
        + "\n\nKazakhstan shipped more grain by rail and sea this season than the year before."
        + "\n\nTraders expect the route to grow further next year.\n";
  }

  public static String boundary(Random rng) {
    return "fuzzBoundary" + Long.toHexString(rng.nextLong());
  }

  /** A form part carrying one file. */
  public static String filePart(String boundary, String fileName, String content) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
        + fileName
        + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
        + content
        + "\r\n";
  }

  /** The import form with one text file. */
  public static RawRequest multipart(RawRequest request, Random rng) {
    String boundary = boundary(rng);
    String body = filePart(boundary, "page.txt", page(rng)) + "--" + boundary + "--\r\n";
    return request.body("multipart/form-data; boundary=" + boundary, utf8(body));
  }

  public static byte[] importZip(Random rng) {
    return zip("page.txt", utf8(page(rng)));
  }

  public static byte[] zip(String name, byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry entry = new ZipEntry(name);
      // A fixed time, so that the same seed sends the same bytes
      entry.setTimeLocal(java.time.LocalDateTime.of(2026, 12, 1, 9, 0));
      zip.putNextEntry(entry);
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
