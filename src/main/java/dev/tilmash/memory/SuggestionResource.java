package dev.tilmash.memory;

import dev.tilmash.account.SignedIn;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Translation-memory suggestions for translating an article into a language. */
@Path("/articles/{id}/versions/{lang}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class SuggestionResource {
  @Inject SuggestionService service;

  @SignedIn
  @GET
  public SuggestionsView get(@PathParam("id") String articleId, @PathParam("lang") String lang) {
    return service.suggestions(articleId, lang);
  }
}
