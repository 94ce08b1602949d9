package dev.tilmash.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * The state of the index on OpenSearch, as the searches see it: how many documents are visible and
 * the highest sequence number among them. Every write in a shard takes a sequence number higher
 * than all before it, so a document added or reindexed raises the highest one once it is visible,
 * and a document removed lowers the count: two equal states saw the same documents. That holds per
 * shard, so answers are remembered only while the index has one primary shard (OpenSearch's
 * default); with more, nothing is.
 *
 * <p>Shard copies become visible one by one, so the state and the searches it keys ask the same
 * copies, by the search {@link #PREFERENCE} ({@link LuceneSearchIndex} sends it too). The state is
 * one request of no hits, made before each search that may be remembered and shared by the searches
 * that wait for it ({@link SharedRead}); where it fails, nothing is remembered and the search
 * reports the failure.
 */
final class OpenSearchIndexState implements IndexState {
  /** Routes the state's request and the searches to the same shard copies. */
  static final String PREFERENCE = "tilmash-remembered-searches";

  private static final Logger LOG = Logger.getLogger(OpenSearchIndexState.class.getName());
  private static final String QUERY =
      "{\"size\":0,\"track_total_hits\":true,"
          + "\"aggs\":{\"seq_no\":{\"max\":{\"field\":\"_seq_no\"}}}}";

  private final RestClient client;
  private final String index;
  private final AtomicBoolean warned = new AtomicBoolean();
  private final SharedRead<Object> shared = new SharedRead<>(this::read);

  OpenSearchIndexState(RestClient client, String index) {
    this.client = client;
    this.index = index;
  }

  @Override
  public Object current() {
    return shared.get();
  }

  private Object read() {
    Request request = new Request("POST", "/" + index + "/_search");
    request.addParameter("preference", PREFERENCE);
    request.setJsonEntity(QUERY);
    try (InputStream body = client.performRequest(request).getEntity().getContent();
        JsonReader reader = Json.createReader(body)) {
      return state(reader.readObject());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private Object state(JsonObject answer) {
    int shards = answer.getJsonObject("_shards").getInt("total");
    if (shards != 1) {
      if (warned.compareAndSet(false, true)) {
        LOG.warning(
            () ->
                "Search answers are not remembered: index " + index + " has " + shards + " shards");
      }
      return null;
    }
    long visible =
        answer.getJsonObject("hits").getJsonObject("total").getJsonNumber("value").longValue();
    Object highest = answer.getJsonObject("aggregations").getJsonObject("seq_no").get("value");
    return List.of(visible, String.valueOf(highest));
  }
}
