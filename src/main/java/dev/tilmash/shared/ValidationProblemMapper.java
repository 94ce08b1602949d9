package dev.tilmash.shared;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures, answered like every other failure. It exists only because the REST
 * runtime ships its own plain-text mapper for validation errors, which would otherwise win over
 * {@link ProblemMapper}.
 */
@Provider
public class ValidationProblemMapper extends FailureMapper<ConstraintViolationException> {}
