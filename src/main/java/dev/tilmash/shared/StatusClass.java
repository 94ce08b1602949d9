package dev.tilmash.shared;

/** The class of an HTTP status, the other label of request metrics: {@code 2xx} … {@code 5xx}. */
public final class StatusClass {
  private static final String[] LABELS = {"1xx", "2xx", "3xx", "4xx", "5xx"};

  private StatusClass() {}

  /** The labels, in order. */
  public static String[] labels() {
    return LABELS.clone();
  }

  /** The index of the status's class in {@link #labels()}; anything out of range counts as 5xx. */
  public static int of(int status) {
    int hundreds = status / 100;
    return hundreds >= 1 && hundreds <= 5 ? hundreds - 1 : LABELS.length - 1;
  }

  public static String label(int status) {
    return LABELS[of(status)];
  }
}
