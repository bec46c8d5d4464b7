package org.annals.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.model.Attribution;
import org.annals.model.CodedEvent;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Json;
import org.annals.model.Location;
import org.annals.model.Modality;

/**
 * One real-world event: the merge of all asserted mentions of it, i.e. the coded fields of its
 * representative mention (the best-dated one, attributes merged over the group) plus the counts.
 * Serialises in the JSON shape of {@link CodedEvent} with {@code id} = this id, followed by
 * {@code mentions}, {@code sources}, {@code articles}, {@code first_seen}, {@code last_seen}.
 * Immutable; thread-safe.
 *
 * @param id content-derived id ({@code c} + 16 hex digits) of type, participants and date
 * @param coded the representative's coded event; its {@code id} is the mention's as stored, but
 *     the canonical id when read from this JSON shape (which has one {@code id})
 * @param mentions number of mentions merged (near-duplicate articles not counted)
 * @param sources number of distinct outlets (an article without outlet counts as its own)
 * @param articles number of distinct articles
 * @param firstSeen earliest publication date of a reporting article
 * @param lastSeen latest publication date of a reporting article
 */
@JsonSerialize(using = CanonicalEvent.Writer.class)
@JsonDeserialize(using = CanonicalEvent.Reader.class)
public record CanonicalEvent(String id, CodedEvent coded, int mentions, int sources,
    int articles, LocalDate firstSeen, LocalDate lastSeen) {

  private static final List<String> COUNTS =
      List.of("mentions", "sources", "articles", "first_seen", "last_seen");

  public String event() {
    return coded.event();
  }

  public String mode() {
    return coded.mode();
  }

  public List<String> context() {
    return coded.context();
  }

  public String cameo() {
    return coded.cameo();
  }

  public int quadClass() {
    return coded.quadClass();
  }

  public double goldstein() {
    return coded.goldstein();
  }

  public List<ActorRef> actors() {
    return coded.actors();
  }

  public List<ActorRef> recipients() {
    return coded.recipients();
  }

  public boolean symmetric() {
    return coded.symmetric();
  }

  public EventDate date() {
    return coded.date();
  }

  public Location location() {
    return coded.location();
  }

  public Map<String, String> attributes() {
    return coded.attributes();
  }

  public Modality modality() {
    return coded.modality();
  }

  public Attribution attribution() {
    return coded.attribution();
  }

  public Evidence evidence() {
    return coded.evidence();
  }

  public double confidence() {
    return coded.confidence();
  }

  /** The JSON object: the coded event's fields with this id, then the counts. */
  private static ObjectNode tree(CanonicalEvent e) {
    ObjectNode n = Json.MAPPER.valueToTree(e.coded());
    n.put("id", e.id());
    n.put("mentions", e.mentions());
    n.put("sources", e.sources());
    n.put("articles", e.articles());
    n.put("first_seen", e.firstSeen() == null ? null : e.firstSeen().toString());
    n.put("last_seen", e.lastSeen() == null ? null : e.lastSeen().toString());
    return n;
  }

  /** Writes {@link #tree}; also unwrapped into an enclosing object ({@code @JsonUnwrapped}). */
  static final class Writer extends JsonSerializer<CanonicalEvent> {
    @Override
    public void serialize(CanonicalEvent e, JsonGenerator gen, SerializerProvider sp)
        throws IOException {
      gen.writeTree(tree(e));
    }

    @Override
    public JsonSerializer<CanonicalEvent> unwrappingSerializer(NameTransformer names) {
      return new JsonSerializer<>() {
        @Override
        public boolean isUnwrappingSerializer() {
          return true;
        }

        @Override
        public void serialize(CanonicalEvent e, JsonGenerator gen, SerializerProvider sp)
            throws IOException {
          for (Map.Entry<String, JsonNode> f : tree(e).properties()) {
            gen.writeFieldName(names.transform(f.getKey()));
            gen.writeTree(f.getValue());
          }
        }
      };
    }
  }

  /** Reads the shape {@link Writer} writes. */
  static final class Reader extends JsonDeserializer<CanonicalEvent> {
    @Override
    public CanonicalEvent deserialize(JsonParser p, DeserializationContext ctx)
        throws IOException {
      ObjectNode n = p.readValueAsTree();
      String id = n.path("id").asText(null);
      int mentions = n.path("mentions").asInt();
      int sources = n.path("sources").asInt();
      int articles = n.path("articles").asInt();
      LocalDate first = date(n.path("first_seen"));
      LocalDate last = date(n.path("last_seen"));
      n.remove(COUNTS);
      return new CanonicalEvent(id, Json.MAPPER.treeToValue(n, CodedEvent.class), mentions,
          sources, articles, first, last);
    }

    private static LocalDate date(JsonNode n) {
      return n.isTextual() ? LocalDate.parse(n.asText()) : null;
    }
  }
}
