package dev.tilmash.preview;

import dev.tilmash.account.Actor;
import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Signed preview links: an editor or a translator of the language makes one for a version; anyone
 * who holds it sees exactly that version (at the revision it names, or the working one) until it
 * expires. A link changed in any part is a 403, an expired one a 410, checked in that order so that
 * a forged link learns nothing.
 */
@ApplicationScoped
@Transactional
public class PreviewLinks {
  @Inject ArticleRepository articles;
  @Inject LanguageSet languages;
  @Inject PreviewService previews;
  @Inject PreviewKey key;
  @Inject PreviewSettings settings;
  @Inject Clock clock;

  public PreviewLinkView create(
      Actor actor, String articleId, String lang, PreviewLinkInput input, URI base) {
    String language = languages.require(lang).tag();
    actor.requireWriter(language);
    LanguageVersion version = articles.requireVersion(articleId, language);
    Integer number = input == null ? null : input.revision();
    previews.revision(version, number); // the 404 of a revision that does not exist
    String revision = number == null ? PreviewLink.WORKING : String.valueOf(number);
    Duration lifetime = lifetime(input == null ? null : input.expiresIn());
    long expires = clock.instant().plus(lifetime).getEpochSecond();
    PreviewLink link = new PreviewLink(articleId, language, revision, expires);
    String url =
        base.resolve(
                "preview/links/"
                    + articleId
                    + "/"
                    + language
                    + "?revision="
                    + revision
                    + "&expires="
                    + expires
                    + "&signature="
                    + link.signature(key.get()))
            .toString();
    return new PreviewLinkView(url, link.expiresAt(), revision);
  }

  public PreviewAnswer open(
      String articleId, String lang, String revision, String expires, String signature, URI base) {
    PreviewLink link = PreviewLink.parse(articleId, lang, revision, expires);
    if (link == null || !link.signedBy(key.get(), signature)) {
      throw new ProblemException(ProblemType.PREVIEW_LINK_INVALID);
    }
    Instant now = clock.instant();
    if (!now.isBefore(link.expiresAt())) {
      throw new ProblemException(
          ProblemType.PREVIEW_LINK_EXPIRED, Map.of("expiresAt", link.expiresAt().toString()));
    }
    return previews.render(articleId, lang, link.revisionNumber(), base);
  }

  private Duration lifetime(String expiresIn) {
    if (expiresIn == null || expiresIn.isBlank()) {
      return settings.defaultLifetime();
    }
    Duration lifetime;
    try {
      lifetime = Duration.parse(expiresIn.strip());
    } catch (DateTimeParseException notADuration) {
      throw new ProblemException(ProblemType.INVALID_FIELD, Map.of("fields", List.of("expiresIn")));
    }
    if (lifetime.isNegative()
        || lifetime.isZero()
        || lifetime.compareTo(settings.maxLifetime()) > 0) {
      throw new ProblemException(
          ProblemType.PREVIEW_LINK_TOO_LONG,
          Map.of("maximum", settings.maxLifetime().toString(), "expiresIn", expiresIn.strip()));
    }
    return lifetime;
  }
}
