package dev.tilmash.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A multipart/form-data body is read whole or refused whole: every way a hostile or broken client
 * gets it wrong is a {@code multipart-malformed} problem with its reason, and what browsers send is
 * read as they mean it.
 */
class MultipartBodyTest {
  private static final String TYPE = "multipart/form-data; boundary=XyZ";
  private static final String FILE =
      "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n"
          + "Content-Type: text/plain\r\n\r\nGrain exports rise\r\n";

  @Test
  void shouldReadFieldsAndFilesAsABrowserSendsThem() {
    List<MultipartBody.Part> parts =
        read(
            TYPE,
            "--XyZ\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nru\r\n"
                + FILE
                + "--XyZ--\r\n");

    assertEquals(2, parts.size());
    assertEquals("language", parts.get(0).name());
    assertNull(parts.get(0).fileName());
    assertEquals("ru", text(parts.get(0)));
    assertEquals("a.txt", parts.get(1).fileName());
    assertEquals("Grain exports rise", text(parts.get(1)));
  }

  @Test
  void shouldSkipPreambleAndEpilogueAndReadAQuotedBoundary() {
    List<MultipartBody.Part> parts =
        read(
            "Multipart/Form-Data; charset=utf-8; BOUNDARY=\"XyZ\"",
            "This is the preamble.\r\n" + FILE + "--XyZ-- \r\nand an epilogue");

    assertEquals("Grain exports rise", text(parts.get(0)));
  }

  @Test
  void shouldKeepContentThatLooksLikeABoundaryButIsNotOne() {
    String file =
        "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"b.md\"\r\n\r\n"
            + "--XyZ is not a delimiter here\r\n-- neither\r\n--XyZ--";

    assertEquals("--XyZ is not a delimiter here\r\n-- neither", text(read(TYPE, file).get(0)));
  }

  @Test
  void shouldReadUtf8AndExtendedFileNames() {
    String raw =
        "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"Алматы.txt\"\r\n\r\nx\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"fallback.txt\";"
            + " filename*=UTF-8''%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B.txt\r\n\r\ny\r\n--XyZ--";

    List<MultipartBody.Part> parts = read(TYPE, raw);

    assertEquals("Алматы.txt", parts.get(0).fileName());
    assertEquals("Қазақ.txt", parts.get(1).fileName());
  }

  @Test
  void shouldReadAnEmptyFormAsNoParts() {
    assertEquals(List.of(), read(TYPE, "--XyZ--\r\n"));
  }

  @Test
  void shouldKeepBinaryContentByteForByte() {
    byte[] bytes = {0, (byte) 0xFF, '\r', '\n', '-', '-', 'X', 1};
    byte[] head =
        "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"s.txt\"\r\n\r\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\r\n--XyZ--".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + bytes.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(bytes, 0, body, head.length, bytes.length);
    System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);

    assertArrayEquals(bytes, MultipartBody.read(TYPE, body).get(0).content());
  }

  @Test
  void shouldRefuseAContentTypeWithoutABoundary() {
    assertRefused("boundary", "multipart/form-data", FILE + "--XyZ--");
    assertRefused("boundary", "multipart/form-data; boundary=", FILE + "--XyZ--");
    assertRefused("boundary", "multipart/form-data; boundary=\"a", FILE + "--XyZ--");
    assertRefused("boundary", "multipart/form-data; boundary=" + "b".repeat(71), "--b--");
    assertRefused("boundary", null, FILE + "--XyZ--");
  }

  @Test
  void shouldRefuseABodyWhoseBoundaryIsNotTheDeclaredOne() {
    assertRefused("start", "multipart/form-data; boundary=Other", FILE + "--XyZ--");
  }

  @Test
  void shouldRefuseAPartWithoutANameOrWithoutHeaders() {
    assertRefused("name", TYPE, "--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ--");
    assertRefused(
        "name", TYPE, "--XyZ\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nx\r\n--XyZ--");
    assertRefused(
        "name", TYPE, "--XyZ\r\nContent-Disposition: attachment; name=\"f\"\r\n\r\nx\r\n--XyZ--");
    assertRefused("name", TYPE, "--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--");
    assertRefused("name", TYPE, "--XyZ\r\n\r\nx\r\n--XyZ--");
  }

  @Test
  void shouldRefuseTruncatedOrBrokenPartHeaders() {
    assertRefused("headers", TYPE, "--XyZ\r\nContent-Disposition: form-data; name=\"f\"");
    assertRefused("headers", TYPE, "--XyZ\r\nContent-Disposition: form-da\r\n--XyZ--");
    assertRefused("headers", TYPE, "--XyZ\r\nno colon here\r\n\r\nx\r\n--XyZ--");
    assertRefused(
        "headers",
        TYPE,
        "--XyZ\r\nContent-Disposition: form-data; name=\"f\u0000\"\r\n\r\nx\r\n--XyZ--");
    assertRefused("headers", TYPE, "--XyZ garbage\r\n" + FILE.substring(7) + "--XyZ--");
  }

  @Test
  void shouldRefuseAPartHeaderOverTheLimit() {
    String header = "--XyZ\r\nX-Padding: " + "a".repeat(20_000) + "\r\n" + FILE.substring(7);

    ProblemException refused = assertRefused("headerLength", TYPE, header + "--XyZ--");
    assertEquals(MultipartBody.MAX_HEADER_BYTES, refused.arguments().get("max"));
  }

  @Test
  void shouldRefuseAFileNameOverTheLimit() {
    String name = "n".repeat(5_000) + ".txt";
    String body =
        "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\""
            + name
            + "\"\r\n\r\nx\r\n--XyZ--";

    ProblemException refused = assertRefused("fileNameLength", TYPE, body);
    assertEquals(MultipartBody.MAX_FILE_NAME, refused.arguments().get("max"));
  }

  @Test
  void shouldRefuseABodyWithoutItsClosingBoundary() {
    assertRefused("unterminated", TYPE, FILE);
    assertRefused("unterminated", TYPE, FILE + "--XyZ");
    assertRefused("unterminated", TYPE, FILE + "--XyZ\r\n");
    assertRefused("unterminated", TYPE, FILE.substring(0, FILE.length() - 4));
  }

  private static ProblemException assertRefused(String reason, String type, String body) {
    ProblemException refused = assertThrows(ProblemException.class, () -> read(type, body));
    assertEquals(ProblemType.MULTIPART_MALFORMED, refused.type());
    assertEquals(reason, refused.arguments().get("reason"), body);
    return refused;
  }

  private static List<MultipartBody.Part> read(String type, String body) {
    return MultipartBody.read(type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(MultipartBody.Part part) {
    return new String(part.content(), StandardCharsets.UTF_8);
  }
}
