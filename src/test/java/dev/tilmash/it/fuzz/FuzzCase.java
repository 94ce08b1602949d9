package dev.tilmash.it.fuzz;

/**
 * One hostile request. {@code mustRefuse}: the input is wrong by the contract, so any answer below
 * 400 is a violation too; otherwise any answer below 500 will do, as long as a 4xx is a problem.
 */
public record FuzzCase(
    String family,
    Hostility hostility,
    String variant,
    RawRequest request,
    boolean mustRefuse,
    Subject subject) {

  public String describe() {
    return family + " / " + variant + ": " + request.describe();
  }
}
