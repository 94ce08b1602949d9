package dev.tilmash.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.audit.AuditKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every kind of audit entry has its name in every console language, so the audit log shows it. */
class AuditKindLabelsTest {

  @Test
  void shouldNameEveryAuditKindInEveryConsoleLanguage() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (String language : List.of("en", "ru", "kk", "uz", "zh")) {
      Properties catalog = new Properties();
      Path file = Path.of("translations", "console_" + language + ".properties");
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        catalog.load(reader);
      }
      for (AuditKind kind : AuditKind.values()) {
        if (!catalog.containsKey("audit.kind." + kind.name())) {
          missing.add(language + ": audit.kind." + kind.name());
        }
      }
    }
    assertEquals(Set.of(), missing);
  }
}
