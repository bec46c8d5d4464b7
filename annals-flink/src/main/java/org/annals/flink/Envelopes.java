package org.annals.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.annals.ingest.ItemCoder;
import org.annals.ingest.SourceItem;
import org.annals.model.AnnalsException;
import org.annals.model.Json;

/**
 * The records that travel between the job's operators, as JSON strings (Flink serialises strings
 * natively; the model's records need no Kryo): a source item going to the coder, and the coder's
 * outcome going to the sinks. Stateless, thread-safe.
 */
final class Envelopes {
  private Envelopes() {}

  /** A source item on the wire (exactly one of the two is set). */
  record Item(SourceItem.Parsed parsed, SourceItem.Failure failure) {}

  /** The key of an item: the content-derived article id, or the failed record's place. */
  static String key(SourceItem item) {
    return item instanceof SourceItem.Parsed p ? p.article().id() : "skip:" + item.source() + "\n" + item.locator();
  }

  static String item(SourceItem item) {
    return Json.write(item instanceof SourceItem.Parsed p ? new Item(p, null) : new Item(null, (SourceItem.Failure) item));
  }

  static SourceItem item(String json) {
    Item i = read(json, Item.class);
    return i.parsed() != null ? i.parsed() : i.failure();
  }

  static String outcome(ItemCoder.Outcome o) {
    return Json.write(o);
  }

  static ItemCoder.Outcome outcome(String json) {
    return read(json, ItemCoder.Outcome.class);
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new AnnalsException("corrupt job record (" + type.getSimpleName() + "): " + e.getMessage(), e);
    }
  }
}
