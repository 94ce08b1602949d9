package dev.tilmash.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureTest {
  private final TextShape shape = new TextShape(ULocale.ENGLISH);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Aigerim Nurlanova, Senior Fellow at the Institute of World Economy and Politics",
        "Айгерим Нурланова, старший научный сотрудник Института мировой экономики и политики",
        "Әйгерім Нұрланова, Әлемдік экономика және саясат институтының аға ғылыми қызметкері",
        "Daniyar Seitkali, Head of the Centre for Transport Studies",
        "A. Nurlanova, economist",
        "Ludwig van Beethoven, composer",
        "Timur Akhmedov, Head of the Department of Regional Studies, KazNU"
      })
  void shouldReadASignatureAsTheAuthorLine(String line) {
    assertEquals(Optional.of(line), Signature.parse(line, shape));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ivan Petrov, the head of the union, said the talks would continue.",
        "Steppe Courier, Almaty",
        "Steppe Courier",
        "Aigerim Nurlanova said the plan was late. She expects it next year.",
        "Kazakhstan, Uzbekistan and Kyrgyzstan",
        "Join our WhatsApp channel",
        "Central Asia, where trade grows fastest?"
      })
  void shouldNotTakeOtherLinesForASignature(String line) {
    assertTrue(Signature.parse(line, shape).isEmpty(), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Aigerim Nurlanova, economist."})
  void shouldLeaveTheFullStopOffTheAuthorLine(String line) {
    assertEquals(Optional.of("Aigerim Nurlanova, economist"), Signature.parse(line, shape));
  }
}
