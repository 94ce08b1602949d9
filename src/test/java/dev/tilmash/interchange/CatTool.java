package dev.tilmash.interchange;

import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

/**
 * Fills targets as a CAT tool does, with a real XLIFF library (okapi): a segment's target is the
 * pre-filled one or a copy of its source with the same inline codes, and the text between the codes
 * is "translated" — by default transliterated into Cyrillic, so the words change and the codes
 * stay.
 */
public final class CatTool {
  private static final Transliterator CYRILLIC = Transliterator.getInstance("Latin-Cyrillic");

  /** Decides a segment's new target text run by run; {@code null} leaves the segment alone. */
  public interface Translator extends BiFunction<String, String, String> {
    /** (unit id, a run of text between codes) → its translation, or null to skip the segment. */
    @Override
    String apply(String unitId, String text);
  }

  private CatTool() {}

  public static byte[] translate(byte[] xliff) {
    return translate(xliff, (unit, text) -> CYRILLIC.transliterate(text));
  }

  public static byte[] translate(byte[] xliff, Translator translator) {
    StringWriter out = new StringWriter();
    try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL);
        XLIFFWriter writer = new XLIFFWriter()) {
      reader.open(new ByteArrayInputStream(xliff));
      writer.create(out, null);
      while (reader.hasNext()) {
        Event event = reader.next();
        if (event.isUnit()) {
          fill(event.getUnit(), translator);
        }
        writer.writeEvent(event);
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Works on the target the translator sees: the pre-filled one, or a copy of the source. The runs
   * of text between its codes are replaced; the codes stay where they are.
   */
  private static void fill(Unit unit, Translator translator) {
    for (Segment segment : unit.getSegments()) {
      String coded =
          segment.hasTarget()
              ? segment.getTarget().getCodedText()
              : segment.getSource().getCodedText();
      StringBuilder translated = new StringBuilder();
      StringBuilder run = new StringBuilder();
      boolean skip = false;
      for (int i = 0; i < coded.length(); i++) {
        char c = coded.charAt(i);
        if (Fragment.isChar1(c)) {
          String text = translator.apply(unit.getId(), run.toString());
          skip |= text == null;
          translated.append(text).append(c).append(coded.charAt(++i));
          run.setLength(0);
        } else {
          run.append(c);
        }
      }
      String text = translator.apply(unit.getId(), run.toString());
      skip |= text == null;
      translated.append(text);
      if (skip) {
        continue;
      }
      segment.getTarget(Part.GetTarget.CLONE_SOURCE).setCodedText(translated.toString());
      segment.setState(TargetState.TRANSLATED);
    }
  }
}
