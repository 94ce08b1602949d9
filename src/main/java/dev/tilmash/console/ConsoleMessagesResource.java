package dev.tilmash.console;

import com.ibm.icu.util.ULocale;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's words for the browser, public because the sign-in screen needs them. {@code lang}
 * (else {@code Accept-Language}) is a preference, never an error: the answer names the language it
 * chose.
 */
@Path("/console/messages")
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleMessagesResource {
  private static final int MAX_AGE_SECONDS = 300;

  @Inject ConsoleCatalogs catalogs;
  @Inject LanguageSet languages;

  /**
   * The catalog, the content languages' names for its reader, and how its language writes numbers
   * and dates in figures, from ICU's CLDR data: browsers lack some (Chromium names no language in
   * Uzbek but Uzbek itself, and writes Kazakh and Uzbek numbers the English way).
   */
  public record Words(
      String language,
      Map<String, String> messages,
      Map<String, String> languageNames,
      NumberSymbols numbers,
      DateEntry dates) {
    static Words of(ConsoleCatalogs.Catalog catalog, List<Language> contentLanguages) {
      ULocale reader = ULocale.forLanguageTag(catalog.language());
      Map<String, String> names = new LinkedHashMap<>();
      for (Language content : contentLanguages) {
        names.put(content.tag(), content.displayName(reader));
      }
      return new Words(
          catalog.language(),
          catalog.messages(),
          names,
          NumberSymbols.of(reader),
          DateEntry.of(reader));
    }
  }

  @Operation(summary = "The console's words in one language, as JSON")
  @GET
  public Response messages(
      @QueryParam("lang") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    ConsoleCatalogs.Catalog catalog =
        catalogs.forPreference(lang == null || lang.isBlank() ? acceptLanguage : lang);
    CacheControl cache = new CacheControl();
    cache.setMaxAge(MAX_AGE_SECONDS);
    return Response.ok(Words.of(catalog, languages.all()))
        .cacheControl(cache)
        .header(HttpHeaders.CONTENT_LANGUAGE, catalog.language())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .build();
  }
}
