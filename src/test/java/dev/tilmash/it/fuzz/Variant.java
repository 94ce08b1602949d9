package dev.tilmash.it.fuzz;

/** One way of making a request hostile, and whether the contract says it must be refused. */
public record Variant(String label, boolean mustRefuse, Mutation mutation) {

  /** Turns a valid request of an endpoint into the hostile one. */
  @FunctionalInterface
  public interface Mutation {
    RawRequest apply(RawRequest valid, Build build);
  }

  public static Variant refused(String label, Mutation mutation) {
    return new Variant(label, true, mutation);
  }

  public static Variant answered(String label, Mutation mutation) {
    return new Variant(label, false, mutation);
  }
}
