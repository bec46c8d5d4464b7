package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Span;
import org.annals.nlp.CodingState;
import org.annals.nlp.Stage;
import org.annals.nlp.text.WordLists;

/**
 * An attack or a protest an article tells again (asserted, or only suspected: "the suspected car
 * bombings occurred minutes apart") is one event told twice: news tells an attack in
 * its lead and again in its details ("A gunman killed two guards at the embassy on Monday. ... The man
 * opened fire on the guards at the gate ..."). A later asserted event of a type in word list {@code
 * retold-type} (ASSAULT, PROTEST; measured and left out: REQUEST, ACCUSE, COERCE and SANCTION,
 * whose later mentions are more often new acts of the same parties) tells again an earlier asserted event of the same type (the latest first
 * telling before it) that
 * <ul>
 *   <li>involves every country the later one names, on either side or as the place of the earlier
 *       one (nobody new takes part), and
 *       does not have the later one's target, a named person, as its doer (police who shoot the
 *       attacker do not tell the attack again),</li>
 *   <li>has the same date, or a date within the later one's span ("bombings this month"), or the later one has no date phrase of its own in its sentence (it is
 *       dated only by its tense or the publication day), and</li>
 *   <li>has no place other than the later one's, both named in their sentences (an attack in
 *       another town is another attack).</li>
 * </ul>
 * The later mention stays, with attribute {@code retells} (the earlier event's id) and, when its
 * own date was only its tense's or the publication day's, the earlier event's date (rule {@code
 * time:anchor:retold}); counts of events ({@code eval articles}, like the gold, which codes one
 * record for an event an article reports twice) leave retellings out, and the store merges them
 * with the event they retell.
 *
 * <p>Runs after the time and place stages, on the whole article. Immutable after construction;
 * thread-safe.
 */
public final class RetoldEvents implements Stage {
  /** Date rules that read only a tense against the publication day. */
  private static final String BY_TENSE = "time:before-publication";
  /** The date rule of a retelling dated by the event it tells again. */
  static final String RULE = "time:anchor:retold";
  private static final String PREVIOUSLY = BY_TENSE + ":previously";
  private final Set<String> types;

  public RetoldEvents() {
    this(WordLists.bundled());
  }

  RetoldEvents(WordLists lists) {
    this.types = lists.get("retold-type");
  }

  @Override
  public CodingState apply(CodingState state) {
    List<CodedEvent> told = new ArrayList<>();
    List<CodedEvent> out = new ArrayList<>(state.events().size());
    boolean any = false;
    for (CodedEvent e : state.events()) {
      CodedEvent r = types.contains(e.event().toLowerCase(Locale.ROOT)) && !previously(e)
          && (e.modality() == Modality.ASSERTED || e.modality() == Modality.SPECULATIVE) ? earlier(told, e) : null;
      if (r == null) {
        told.add(e);
        out.add(e);
      } else {
        out.add(retelling(e, r));
        any = true;
      }
    }
    return any ? state.withEvents(out) : state;
  }

  /** The event among {@code told} (first tellings, text order) that {@code e} tells again, or null. */
  private static CodedEvent earlier(List<CodedEvent> told, CodedEvent e) {
    for (int i = told.size() - 1; i >= 0; i--) {
      CodedEvent r = told.get(i);
      if (r.event().equals(e.event()) && r.modality() == Modality.ASSERTED
          && r.evidence().start() < e.evidence().start()
          && nobodyNew(e, r) && sameDay(e, r) && samePlace(e, r)) {
        return r;
      }
    }
    return null;
  }

  /** Whether every country {@code e} names, on either side, takes part in {@code r}. */
  private static boolean nobodyNew(CodedEvent e, CodedEvent r) {
    List<String> all = new ArrayList<>();
    r.actors().forEach(b -> all.add(b.country()));
    r.recipients().forEach(b -> all.add(b.country()));
    if (r.location() != null && r.location().text() != null) {
      all.add(r.location().country()); // "bombed the embassy in Accra ... the bombings in Ghana" (h143)
    }
    List<ActorRef> sides = new ArrayList<>(e.actors());
    sides.addAll(e.recipients());
    return sides.stream().filter(a -> a.country() != null).allMatch(a -> all.contains(a.country()))
        && e.recipients().stream().noneMatch(a -> r.actors().stream().anyMatch(b -> samePerson(a, b)));
  }

  /** The same named person or KB entity: the attacker of the first telling is shot in the second. */
  private static boolean samePerson(ActorRef a, ActorRef b) {
    return a.entity() != null ? a.entity().equals(b.entity()) : a.name() != null && a.name().equals(b.name());
  }

  private static boolean sameDay(CodedEvent e, CodedEvent r) {
    EventDate d = e.date();
    if (Objects.equals(d.value(), r.date().value())) {
      return true;
    }
    if (d.value() != null && r.date().value() != null && !d.value().startsWith("before")
        && r.date().value().startsWith(d.value() + "-")) {
      return true; // "bombings this month" after the bombing of Aug. 7: a span that holds its day (h143)
    }
    if (fallback(d) || d.basis() == DateBasis.ANCHORED_TO_EVENT) {
      return true; // dated only by its tense, the publication day or another event
    }
    Span x = d.expression();
    return x == null || x.end() <= e.evidence().start() || x.start() >= e.evidence().end();
  }

  /** "have attacked journalists previously": an act told as before the story's, never its retelling. */
  private static boolean previously(CodedEvent e) {
    return PREVIOUSLY.equals(e.date().rule());
  }

  private static boolean fallback(EventDate d) {
    return d.basis() == DateBasis.PUBLICATION || d.rule() != null && d.rule().startsWith(BY_TENSE);
  }

  private static boolean samePlace(CodedEvent e, CodedEvent r) {
    if (e.location() == null || r.location() == null || e.location().text() == null
        || r.location().text() == null) {
      return true; // a place named in only one of them, or inferred from the actors, is no other place
    }
    Long a = e.location().geonamesId();
    Long b = r.location().geonamesId();
    return a == null || b == null ? Objects.equals(e.location().name(), r.location().name()) : a.equals(b);
  }

  /**
   * {@code e} marked as a retelling of {@code r}; dated by {@code r} when its own date was only its
   * tense's or the publication day's.
   */
  private static CodedEvent retelling(CodedEvent e, CodedEvent r) {
    Map<String, String> attributes = new HashMap<>(e.attributes());
    attributes.put(CodedEvent.RETELLS, r.id());
    CodedEvent out = e.withAttributes(attributes);
    return fallback(e.date()) && r.date().value() != null
        ? out.withDate(new EventDate(r.date().value(), r.date().precision(), DateBasis.ANCHORED_TO_EVENT,
            r.date().expression(), RULE)) : out;
  }
}
