package dev.tilmash.demo;

import dev.tilmash.account.Actor;
import dev.tilmash.article.TransitionInput;
import dev.tilmash.article.VersionInput;
import dev.tilmash.article.VersionService;
import dev.tilmash.shared.IfMatch;
import java.util.Map;

/** Takes one demo article through the workflow steps its plan asks for. */
record DemoWorkflow(
    VersionService versions, Actor editor, Actor reviewer, Map<String, Actor> translators) {

  void write(String id, DemoPlan.Article plan) {
    publish(id, "en", editor);
    plan.translations()
        .forEach(
            (lang, target) -> translate(id, DemoText.load(plan.key() + "." + lang), lang, target));
    if (plan.sourceRevisedAfterTranslation()) {
      DemoText update = DemoText.load(plan.key() + ".en.update");
      String etag = versions.get(id, "en").etag();
      versions.save(editor, id, "en", input(update), IfMatch.of(etag));
      publish(id, "en", editor);
    }
  }

  private void translate(String id, DemoText text, String lang, DemoPlan.Target target) {
    Actor translator = translators.get(lang);
    versions.save(translator, id, lang, input(text), IfMatch.of(null, "*"));
    switch (target) {
      case DRAFT -> {}
      case IN_REVIEW -> step(id, lang, "submit", translator, null);
      case CHANGES_REQUESTED -> {
        step(id, lang, "submit", translator, null);
        step(
            id,
            lang,
            "request-changes",
            reviewer,
            "Please check the figures against the English text and shorten the summary.");
      }
      case PUBLISHED -> publish(id, lang, translator);
    }
  }

  /** Submit by the author, approval by the second editor, publication by the editor. */
  private void publish(String id, String lang, Actor author) {
    step(id, lang, "submit", author, null);
    step(id, lang, "approve", reviewer, null);
    step(id, lang, "publish", editor, null);
  }

  private void step(String id, String lang, String action, Actor actor, String comment) {
    versions.transition(
        actor, id, lang, new TransitionInput(action, comment, null, null, false), IfMatch.of(null));
  }

  private static VersionInput input(DemoText text) {
    return new VersionInput(text.title(), text.summary(), text.body(), null, null, null);
  }
}
