package dev.tilmash.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went in a JFR recording: each execution sample is charged to the first frame that
 * is not the JDK's own, grouped by package, and the methods of our own code that appear anywhere
 * on a sampled stack are listed with their inclusive share. Used by {@code scale.sh --profile}.
 *
 * <p>Usage: {@code java JfrHotspots recording.jfr [rows]}
 */
public final class JfrHotspots {
  private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  private JfrHotspots() {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Map<String, Integer> byPackage = new HashMap<>();
    Map<String, Integer> ours = new HashMap<>();
    int samples = 0;
    try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample")
            || event.getStackTrace() == null) {
          continue;
        }
        samples++;
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        String charged = "(JDK only)";
        for (RecordedFrame frame : frames) {
          String type = frame.getMethod().getType().getName();
          if (JDK.stream().noneMatch(type::startsWith)) {
            charged = packageOf(type, 4);
            break;
          }
        }
        byPackage.merge(charged, 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
          String type = frame.getMethod().getType().getName();
          if (type.startsWith("dev.tilmash.")) {
            String method = type + "." + frame.getMethod().getName();
            if (seen.add(method)) {
              ours.merge(method, 1, Integer::sum);
            }
          }
        }
      }
    }
    System.out.printf("%d CPU samples%n%nself time by the first non-JDK frame's package:%n", samples);
    print(byPackage, samples, rows);
    System.out.printf("%nour methods on the sampled stacks (inclusive):%n");
    print(ours, samples, rows);
  }

  private static String packageOf(String type, int parts) {
    String[] names = type.split("\\.");
    return String.join(".", java.util.Arrays.copyOf(names, Math.min(parts, names.length - 1)));
  }

  private static void print(Map<String, Integer> counts, int total, int rows) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(rows)
        .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
  }
}
