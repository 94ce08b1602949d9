package dev.tilmash.demo;

import static dev.tilmash.demo.DemoPlan.Target.CHANGES_REQUESTED;
import static dev.tilmash.demo.DemoPlan.Target.DRAFT;
import static dev.tilmash.demo.DemoPlan.Target.IN_REVIEW;
import static dev.tilmash.demo.DemoPlan.Target.PUBLISHED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo newsroom: six English articles and where each translation stands, chosen so that every
 * workflow state and an outdated translation can be seen right after the first start.
 */
final class DemoPlan {
  enum Target {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    PUBLISHED
  }

  record Article(
      String key,
      String section,
      List<String> tags,
      String author,
      String source,
      Map<String, Target> translations,
      boolean sourceRevisedAfterTranslation) {}

  static final List<Article> ARTICLES =
      List.of(
          new Article(
              "forum-report",
              "news",
              List.of("forum", "cooperation", "astana"),
              "Tilmash demo desk",
              "Tilmash demo content, written for this demo",
              targets(PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED),
              false),
          new Article(
              "trade-figures",
              "economy",
              List.of("trade", "statistics"),
              "Tilmash demo desk",
              "Tilmash demo content; figures rounded from national statistics agencies",
              targets(PUBLISHED, PUBLISHED, IN_REVIEW, PUBLISHED),
              false),
          new Article(
              "middle-corridor",
              "economy",
              List.of("transport", "middle-corridor", "caspian"),
              "Tilmash demo desk",
              "Tilmash demo content, written for this demo",
              targets(PUBLISHED, CHANGES_REQUESTED, PUBLISHED, PUBLISHED),
              false),
          new Article(
              "education-exchange",
              "society",
              List.of("education", "universities"),
              "Tilmash demo desk",
              "Tilmash demo content, written for this demo",
              targets(PUBLISHED, PUBLISHED, PUBLISHED, DRAFT),
              false),
          new Article(
              "summit-preview",
              "news",
              List.of("summit", "diplomacy", "water", "energy"),
              "Tilmash demo desk",
              "Tilmash demo content, written for this demo",
              targets(PUBLISHED, IN_REVIEW, DRAFT, DRAFT),
              false),
          new Article(
              "expert-opinion",
              "analysis",
              List.of("opinion", "digital-trade", "customs"),
              "Aliya Temirkhanova, analyst (a fictional author)",
              "Tilmash demo content, written for this demo",
              targets(PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED),
              true));

  private DemoPlan() {}

  private static Map<String, Target> targets(Target ru, Target kk, Target uz, Target zh) {
    Map<String, Target> targets = new LinkedHashMap<>();
    targets.put("ru", ru);
    targets.put("kk", kk);
    targets.put("uz", uz);
    targets.put("zh", zh);
    return targets;
  }
}
