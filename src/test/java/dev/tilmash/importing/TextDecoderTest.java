package dev.tilmash.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");

  @Test
  void shouldDecodeUtf8AndNormaliseLineEnds() {
    TextDecoder.Decoded decoded =
        TextDecoder.decode(
            "Заголовок\r\nТекст\rещё".getBytes(StandardCharsets.UTF_8), ImportFormat.TEXT);
    assertEquals("Заголовок\nТекст\nещё", decoded.text());
    assertEquals(Optional.empty(), decoded.charset());
  }

  @Test
  void shouldHonourByteOrderMarks() {
    byte[] utf16 = "\uFEFFҚазақстан".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Қазақстан", TextDecoder.decode(utf16, ImportFormat.TEXT).text());
    byte[] utf8 = "\uFEFFTitle".getBytes(StandardCharsets.UTF_8);
    assertEquals("Title", TextDecoder.decode(utf8, ImportFormat.MARKDOWN).text());
  }

  @Test
  void shouldComposeDecomposedLetters() {
    byte[] decomposed = "и\u0306од".getBytes(StandardCharsets.UTF_8);
    assertEquals("йод", TextDecoder.decode(decomposed, ImportFormat.TEXT).text());
  }

  @Test
  void shouldReadTheCharsetAnHtmlPageDeclares() {
    String page = "<html><head><meta charset=\"windows-1251\"></head><body><h1>Новости</h1></body>";
    TextDecoder.Decoded decoded = TextDecoder.decode(page.getBytes(CP1251), ImportFormat.HTML);
    assertEquals(page, decoded.text());
    assertEquals(Optional.of("windows-1251"), decoded.charset());
  }

  @Test
  void shouldRefuseTextThatIsNotUtf8AndSayWhatItLooksLike() {
    byte[] legacy =
        ("Бишкек примет форум молодых предпринимателей Центральной Азии. Более трёхсот"
                + " предпринимателей из пяти стран региона соберутся в Бишкеке.")
            .getBytes(CP1251);
    ProblemException refused =
        assertThrows(ProblemException.class, () -> TextDecoder.decode(legacy, ImportFormat.TEXT));
    assertEquals(ProblemType.IMPORT_FILE_REJECTED, refused.type());
    assertEquals("encoding", refused.arguments().get("reason"));
    assertEquals("windows-1251", refused.arguments().get("charset"));
  }

  @Test
  void shouldRefuseBinaryAndEmptyFiles() {
    byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, 1, 2, (byte) 0xE2, 0x00};
    assertEquals("binary", reason(pdf));
    assertEquals("binary", reason(new byte[] {0x1B, 0x01, 0x02, 'a', 0x03, 0x04}));
    assertEquals("empty", reason(new byte[0]));
    assertEquals("empty", reason(" \n\t\n".getBytes(StandardCharsets.UTF_8)));
  }

  private static String reason(byte[] bytes) {
    return (String)
        assertThrows(ProblemException.class, () -> TextDecoder.decode(bytes, ImportFormat.TEXT))
            .arguments()
            .get("reason");
  }
}
