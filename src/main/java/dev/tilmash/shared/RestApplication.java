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
                    + " language version, and negotiated delivery of published content."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
    securitySchemeName = "session",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    apiKeyName = "tilmash_session",
    description =
        "The console's session from POST /api/v1/session; unsafe requests also send the"
            + " session's csrfToken in X-CSRF-Token.")
public class RestApplication extends Application {}
