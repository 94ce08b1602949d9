package dev.tilmash.language;

import com.ibm.icu.util.ULocale;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The configured language set, public so client sites can build language switchers. */
@Path("/languages")
@Produces(MediaType.APPLICATION_JSON)
public class LanguageResource {
  @Inject LanguageSet languages;

  /** One language as the API shows it; names come from ICU's CLDR data, never from a table. */
  public record LanguageView(
      String tag,
      String englishName,
      String nativeName,
      String script,
      boolean isDefault,
      List<String> fallbacks,
      String derivedFrom) {
    static LanguageView of(Language l, LanguageSet languages) {
      return new LanguageView(
          l.tag(),
          l.displayName(ULocale.ENGLISH),
          l.nativeName(),
          l.script(),
          l.equals(languages.defaultLanguage()),
          languages.chain(l).stream().skip(1).map(Language::tag).toList(),
          l.derivedFrom());
    }
  }

  @Operation(summary = "The language set, with ICU display names, scripts and fallback chains")
  @GET
  public List<LanguageView> list() {
    return languages.all().stream().map(l -> LanguageView.of(l, languages)).toList();
  }
}
