package org.annals.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One coded event mention: PLOVER 2.0 type, mode and context with the matching CAMEO code, quad
 * class and Goldstein score; who did it to whom; when; how sure the article is; and the evidence.
 *
 * <p>The JSON shape of this record is the public output format of {@code annals code} and of the
 * API; see {@code docs/FORMATS.md}.
 *
 * @param id content-derived id: article id, trigger offset and type (stable across runs)
 * @param event PLOVER 2.0 event type, e.g. CONSULT
 * @param mode PLOVER mode, e.g. phone, or null
 * @param cameo CAMEO event code (2 to 4 digits)
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param actors the source side; for symmetric events both sides
 * @param recipients the target side (empty for symmetric events)
 * @param attributes extra attributes such as {@code duration} (ISO 8601, e.g. PT1H), or {@code
 *     retells}: the id of an earlier event of the same article that this mention tells again
 * @param confidence 0 to 1
 */
public record CodedEvent(
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
    double confidence) {

  public CodedEvent {
    context = context == null ? List.of() : List.copyOf(context);
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    if (date == null) {
      date = EventDate.unknown();
    }
  }

  /** The attribute naming the earlier event of the article a mention tells again. */
  public static final String RETELLS = "retells";

  /** The id of the earlier event of the article this mention tells again, or null. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public String retells() {
    return attributes.get(RETELLS);
  }

  public CodedEvent withDate(EventDate newDate) {
    return new CodedEvent(id, event, mode, context, cameo, quadClass, goldstein, actors, recipients,
        symmetric, newDate, location, attributes, modality, attribution, evidence, confidence);
  }

  public CodedEvent withAttributes(Map<String, String> newAttributes) {
    return new CodedEvent(id, event, mode, context, cameo, quadClass, goldstein, actors, recipients,
        symmetric, date, location, newAttributes, modality, attribution, evidence, confidence);
  }

  public CodedEvent withAttribution(Attribution newAttribution) {
    return new CodedEvent(id, event, mode, context, cameo, quadClass, goldstein, actors, recipients,
        symmetric, date, location, attributes, modality, newAttribution, evidence, confidence);
  }

  public CodedEvent withParticipants(List<ActorRef> newActors, List<ActorRef> newRecipients) {
    return new CodedEvent(id, event, mode, context, cameo, quadClass, goldstein, newActors,
        newRecipients, symmetric, date, location, attributes, modality, attribution, evidence,
        confidence);
  }

  public CodedEvent withModality(Modality newModality) {
    return new CodedEvent(id, event, mode, context, cameo, quadClass, goldstein, actors, recipients,
        symmetric, date, location, attributes, newModality, attribution, evidence, confidence);
  }

  public CodedEvent withEvidence(Evidence newEvidence) {
    return new CodedEvent(id, event, mode, context, cameo, quadClass, goldstein, actors, recipients,
        symmetric, date, location, attributes, modality, attribution, newEvidence, confidence);
  }

  public CodedEvent withLocation(Location newLocation) {
    return new CodedEvent(id, event, mode, context, cameo, quadClass, goldstein, actors, recipients,
        symmetric, date, newLocation, attributes, modality, attribution, evidence, confidence);
  }

  /** Stable event id from the article id, the trigger's offset and the event type. */
  public static String makeId(String articleId, int triggerStart, String event) {
    return "e" + Article.sha256Hex(articleId + ":" + triggerStart + ":" + event).substring(0, 16);
  }
}
