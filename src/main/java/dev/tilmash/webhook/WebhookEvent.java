package dev.tilmash.webhook;

import dev.tilmash.article.WorkflowAction;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an endpoint can subscribe to. Each workflow step that readers or the newsroom care about has
 * its event; an edit has none. The names are the API's ({@code version.published}).
 */
public enum WebhookEvent {
  VERSION_PUBLISHED("version.published", WorkflowAction.PUBLISH),
  VERSION_UNPUBLISHED("version.unpublished", WorkflowAction.UNPUBLISH),
  VERSION_ARCHIVED("version.archived", WorkflowAction.ARCHIVE),
  VERSION_SUBMITTED("version.submitted", WorkflowAction.SUBMIT),
  VERSION_APPROVED("version.approved", WorkflowAction.APPROVE),
  VERSION_CHANGES_REQUESTED("version.changes-requested", WorkflowAction.REQUEST_CHANGES),
  RELEASE_FIRED("release.fired", null),
  RELEASE_FAILED("release.failed", null);

  /** The type of the test event that {@code POST /webhooks/{id}/ping} sends; never subscribed. */
  public static final String PING = "webhook.ping";

  private final String id;
  private final WorkflowAction step;

  WebhookEvent(String id, WorkflowAction step) {
    this.id = id;
    this.step = step;
  }

  public String id() {
    return id;
  }

  /** The event a workflow step announces; none for an edit. */
  public static Optional<WebhookEvent> ofStep(WorkflowAction action) {
    return Arrays.stream(values()).filter(e -> e.step == action && action != null).findFirst();
  }

  /** Parses an event name of a request body; an unknown one is a 400 listing the known ones. */
  public static WebhookEvent parse(String id) {
    return Arrays.stream(values())
        .filter(e -> e.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.INVALID_FIELD,
                    Map.of("fields", List.of("events"), "allowedValues", ids())));
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(WebhookEvent::id).toList();
  }
}
