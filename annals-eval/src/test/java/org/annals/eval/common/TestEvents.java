package org.annals.eval.common;

import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.model.Attribution;
import org.annals.model.CodedEvent;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Trigger;

/** Builds coded events for scorer tests (no pipeline involved). */
public final class TestEvents {
  private TestEvents() {}

  public static ActorRef actor(String country, String sector) {
    return new ActorRef(country, null, country, sector, null, null, 0, 0, "test");
  }

  /** An event with a trigger at {@code [start, end)} and the evidence sentence {@code [sStart, sEnd)}. */
  public static CodedEvent event(String type, String mode, Modality modality, int start, int end,
      List<ActorRef> actors, List<ActorRef> recipients) {
    return full(type, mode, modality, new int[] {start, end, start, end}, actors, recipients,
        EventDate.unknown(), Map.of(), null);
  }

  public static CodedEvent full(String type, String mode, Modality modality, int[] triggerAndSentence,
      List<ActorRef> actors, List<ActorRef> recipients, EventDate date, Map<String, String> attributes,
      Attribution attribution) {
    int[] s = triggerAndSentence;
    Evidence evidence = new Evidence("a-test", s[2], s[3], new Trigger(s[0], s[1], "t"), "test");
    return new CodedEvent("e-" + type + s[0], type, mode, List.of(), "000", 1, 0, actors, recipients,
        recipients.isEmpty() && actors.size() > 1, date, null, attributes, modality, attribution,
        evidence, 1.0);
  }
}
