package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class after which the integration-test server has written an FFDC incident (a {@code
 * logs/ffdc/ffdc_*.log} file: Liberty's record of an exception it did not expect), so that bad
 * input is shown to be answered without any failure inside the server. The periodic summary files
 * are not incidents and are left out. The server's folder is {@code it.server.dir} or, by default,
 * the failsafe run's {@code target/liberty/wlp/usr/servers/<it.server.name>}.
 */
final class NoNewFfdc implements BeforeAllCallback, AfterAllCallback {
  /** The incident of the open cause: its exception and where the container recorded it. */
  static final List<String> OPEN =
      List.of(
          "Exception = com.ibm.wsspi.http.channel.exception.IllegalHttpBodyException",
          "Source = com.ibm.ws.webcontainer.srt.SRTServletRequest.finish");

  private static final ExtensionContext.Namespace HERE =
      ExtensionContext.Namespace.create(NoNewFfdc.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(HERE).put("before", incidents());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    @SuppressWarnings("unchecked")
    Set<String> before = (Set<String>) context.getStore(HERE).get("before");
    Set<String> written = incidents();
    written.removeAll(before);
    assertEquals(Set.of(), written, () -> "FFDC incidents written in " + folder());
  }

  static Path folder() {
    String server =
        System.getProperty(
            "it.server.dir",
            "target/liberty/wlp/usr/servers/" + System.getProperty("it.server.name", "tilmashIT"));
    return Path.of(server, "logs", "ffdc");
  }

  /** The incidents in the server's folder now, by file name (the open cause's left out). */
  static Set<String> incidents() {
    return incidents(text -> true);
  }

  /** The same, only those whose text {@code counted} accepts. */
  static Set<String> incidents(java.util.function.Predicate<String> counted) {
    Path folder = folder();
    if (!Files.isDirectory(folder)) {
      return new TreeSet<>();
    }
    try (Stream<Path> files = Files.list(folder)) {
      Set<String> names = new TreeSet<>();
      files
          .filter(file -> file.getFileName().toString().startsWith("ffdc_"))
          .filter(file -> file.getFileName().toString().endsWith(".log"))
          .filter(file -> !open(file))
          .filter(file -> counted.test(text(file)))
          .map(file -> file.getFileName().toString())
          .forEach(names::add);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean open(Path incident) {
    String text = text(incident);
    return OPEN.stream().allMatch(text::contains);
  }

  private static String text(Path incident) {
    try {
      return Files.readString(incident, java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
