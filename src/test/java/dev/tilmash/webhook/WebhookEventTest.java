package dev.tilmash.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.article.WorkflowAction;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookEventTest {

  @Test
  void shouldAnnounceEveryWorkflowStepButAnEdit() {
    assertEquals(
        Optional.of(WebhookEvent.VERSION_PUBLISHED), WebhookEvent.ofStep(WorkflowAction.PUBLISH));
    assertEquals(
        Optional.of(WebhookEvent.VERSION_UNPUBLISHED),
        WebhookEvent.ofStep(WorkflowAction.UNPUBLISH));
    assertEquals(
        Optional.of(WebhookEvent.VERSION_ARCHIVED), WebhookEvent.ofStep(WorkflowAction.ARCHIVE));
    assertEquals(
        Optional.of(WebhookEvent.VERSION_SUBMITTED), WebhookEvent.ofStep(WorkflowAction.SUBMIT));
    assertEquals(
        Optional.of(WebhookEvent.VERSION_APPROVED), WebhookEvent.ofStep(WorkflowAction.APPROVE));
    assertEquals(
        Optional.of(WebhookEvent.VERSION_CHANGES_REQUESTED),
        WebhookEvent.ofStep(WorkflowAction.REQUEST_CHANGES));
    assertEquals(Optional.empty(), WebhookEvent.ofStep(WorkflowAction.EDIT));
    assertEquals(Optional.empty(), WebhookEvent.ofStep(null));
  }

  @Test
  void shouldNameEventsAsTheApiDoes() {
    assertEquals(
        List.of(
            "version.published",
            "version.unpublished",
            "version.archived",
            "version.submitted",
            "version.approved",
            "version.changes-requested",
            "release.fired",
            "release.failed"),
        WebhookEvent.ids());
    assertEquals(WebhookEvent.RELEASE_FAILED, WebhookEvent.parse("release.failed"));
  }

  @Test
  void shouldRefuseAnUnknownEventListingTheKnownOnes() {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> WebhookEvent.parse("version.deleted"));
    assertEquals(ProblemType.INVALID_FIELD, refused.type());
    assertEquals(List.of("events"), refused.arguments().get("fields"));
    assertEquals(WebhookEvent.ids(), refused.arguments().get("allowedValues"));
    assertThrows(ProblemException.class, () -> WebhookEvent.parse(WebhookEvent.PING));
  }
}
