package org.annals.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.annals.model.AnnalsException;
import org.annals.model.CodedEvent;
import org.annals.model.Json;

/**
 * JSON encoding of stored bodies with the project's one mapper, written compactly: properties
 * whose value is null are left out (they read back as null), which makes a stored event about a
 * tenth smaller. Thread-safe.
 */
final class Codec {
  private Codec() {}

  private static final ObjectWriter COMPACT = Json.MAPPER.copy()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL).writer();

  static String write(Object o) {
    try {
      return COMPACT.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new AnnalsException("could not write JSON: " + e.getMessage(), e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new AnnalsException("corrupt stored " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static final ObjectReader LENIENT_EVENT = Json.MAPPER.readerFor(CodedEvent.class)
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static CodedEvent event(String json) {
    return read(json, CodedEvent.class);
  }

  /**
   * The coded event of a canonical row's body: the representative's {@link CodedEvent} JSON
   * (stores before migration 004 hold the whole canonical event there; its extra fields are
   * ignored).
   */
  static CodedEvent canonicalBody(String json) {
    try {
      return LENIENT_EVENT.readValue(json);
    } catch (JsonProcessingException e) {
      throw new AnnalsException("corrupt stored canonical event: " + e.getMessage(), e);
    }
  }

  /** The event with another id. */
  static CodedEvent withId(CodedEvent e, String id) {
    return new CodedEvent(id, e.event(), e.mode(), e.context(), e.cameo(), e.quadClass(),
        e.goldstein(), e.actors(), e.recipients(), e.symmetric(), e.date(), e.location(),
        e.attributes(), e.modality(), e.attribution(), e.evidence(), e.confidence());
  }
}
