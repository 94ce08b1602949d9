package dev.tilmash.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Tilmash's HTTP API, version 1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Tilmash",
            version = "1",
            description =
                "Multilingual content management: articles in several languages, a workflow per"
                    + " language version, and negotiated delivery of published content. "
                    + RestApplication.PLAIN_TEXT
                    + " Bodies are delivered as sanitised HTML. Request bodies are read"
                    + " strictly: one JSON object in UTF-8, no member twice, every value of its"
                    + " field's type; members the API does not know are ignored."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "An API token (tlm_…) from POST /api/v1/tokens. It reaches only the operations whose"
            + " description names one of its scopes; see docs/tokens.md.")
@SecurityScheme(
    securitySchemeName = "session",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    apiKeyName = "tilmash_session",
    description =
        "The console's session from POST /api/v1/session; unsafe requests also send the"
            + " session's csrfToken in X-CSRF-Token.")
public class RestApplication extends Application {
  /** What titles and summaries are, for every description of them in the OpenAPI document. */
  public static final String PLAIN_TEXT =
      "Titles and summaries are plain text: stored and delivered exactly as written, never"
          + " HTML-escaped or sanitised by the server, so every client escapes them where it"
          + " renders them.";

  /** The description of one title or summary field. */
  public static final String PLAIN_TEXT_FIELD =
      "Plain text, delivered exactly as written; clients escape it.";

  /** The description of a delivered body. */
  public static final String SANITISED_BODY =
      "Sanitised HTML rendered from the Markdown body: never any script.";
}
