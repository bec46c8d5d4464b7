package org.annals.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.model.Attribution;
import org.annals.model.CodedEvent;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Location;
import org.annals.model.Modality;

/**
 * One real-world event: the merge of all asserted mentions of it. Serialises in the JSON shape of
 * {@link CodedEvent} (fields from the representative mention, the best-dated one) plus
 * {@code mentions}, {@code sources}, {@code articles}, {@code first_seen}, {@code last_seen}.
 *
 * @param id content-derived id ({@code c} + 16 hex digits) of type, participants and date
 * @param mentions number of mentions merged (near-duplicate articles not counted)
 * @param sources number of distinct outlets (an article without outlet counts as its own)
 * @param articles number of distinct articles
 * @param firstSeen earliest publication date of a reporting article
 * @param lastSeen latest publication date of a reporting article
 */
public record CanonicalEvent(
    String id,
    String event,
    String mode,
    List<String> context,
    String cameo,
    @JsonProperty("quad_class") int quadClass,
    double goldstein,
    List<ActorRef> actors,
    List<ActorRef> recipients,
    boolean symmetric,
    EventDate date,
    Location location,
    Map<String, String> attributes,
    Modality modality,
    Attribution attribution,
    Evidence evidence,
    double confidence,
    int mentions,
    int sources,
    int articles,
    @JsonProperty("first_seen") LocalDate firstSeen,
    @JsonProperty("last_seen") LocalDate lastSeen) {

  public CanonicalEvent {
    context = context == null ? List.of() : List.copyOf(context);
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** A canonical event whose coded fields come from {@code rep}. */
  public static CanonicalEvent of(String id, CodedEvent rep, int mentions, int sources,
      int articles, LocalDate firstSeen, LocalDate lastSeen) {
    return new CanonicalEvent(id, rep.event(), rep.mode(), rep.context(), rep.cameo(),
        rep.quadClass(), rep.goldstein(), rep.actors(), rep.recipients(), rep.symmetric(),
        rep.date(), rep.location(), rep.attributes(), rep.modality(), rep.attribution(),
        rep.evidence(), rep.confidence(), mentions, sources, articles, firstSeen, lastSeen);
  }
}
