package dev.tilmash.article;

import dev.tilmash.account.SignedIn;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What changed in the source since a translation was made: the translator's to-do list. */
@Path("/articles/{id}/versions/{lang}/source-changes")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class SourceChangesResource {
  @Inject RevisionService service;

  @SignedIn
  @GET
  public SourceChangesView get(@PathParam("id") String articleId, @PathParam("lang") String lang) {
    return service.sourceChanges(articleId, lang);
  }
}
