package dev.tilmash.shared;

import jakarta.ws.rs.ext.Provider;

/** The one exception mapper: every failure leaves as RFC 9457 problem+json. */
@Provider
public class ProblemMapper extends FailureMapper<Throwable> {}
