package org.annals.nlp.time;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.model.AnnotatedDoc;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.nlp.CodingState;
import org.annals.nlp.Stage;

/**
 * Dates each coded event from its own clause: the time expression attached to the trigger in the
 * dependency parse, an event it is anchored to ("during the call", "two days after"), a
 * past-time cue ("previously", present perfect → before the publication date), or, as a labelled
 * fallback, the publication date. Also attaches durations stated later ("the call lasted an
 * hour"). Rules and their order are documented in {@code docs/TIME.md}.
 *
 * <p>Thread-safety: thread-safe; it holds only the (stateless) {@link TimeTagger}.
 */
public final class TimeAnchor implements Stage {
  /** "On Saturday, officials admitted the army had shot down the plane": not of the sentence's day. */
  static final String PLUPERFECT_RULE = "time:before-publication:pluperfect";
  /** The labelled placeholder of an event with no time of its own (step 8 of docs/TIME.md). */
  static final String FALLBACK_RULE = "time:publication-fallback";
  private final TimeTagger tagger;

  public TimeAnchor(TimeTagger tagger) {
    this.tagger = tagger;
  }

  public TimeAnchor() {
    this(new TimeTagger());
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public CodingState apply(CodingState state) {
    if (state.events().isEmpty()) {
      return state;
    }
    Doc doc = new Doc(state.doc(), VagueMentions.repair(state.doc(), ContextMentions.repair(state.doc(),
        OwnPhrases.withoutDateline(state.doc().text(), tagger.mentions(state.doc())))),
        state.events().stream().map(TimeAnchor::triggerStart).collect(Collectors.toSet()));
    List<CodedEvent> order = new ArrayList<>(state.events());
    order.sort(Comparator.comparingInt(TimeAnchor::triggerStart));
    List<CodedEvent> dated = new ArrayList<>();
    Map<String, CodedEvent> byId = new HashMap<>();
    for (CodedEvent e : order) {
      CodedEvent d = e.withDate(date(doc, e, dated));
      dated.add(d);
      byId.put(e.id(), d);
    }
    List<CodedEvent> withDurations = Durations.attach(doc, ReMentions.apply(doc, ContextDates.apply(doc, Narrative.present(doc,
        Performatives.apply(doc, SameDayLead.apply(doc,
        SameEvent.apply(doc, ReportedSpeech.apply(doc, Narrative.apply(doc, dated)))))))));
    withDurations.forEach(e -> byId.put(e.id(), e));
    return state.withEvents(state.events().stream().map(e -> byId.getOrDefault(e.id(), e)).toList());
  }

  static int triggerStart(CodedEvent e) {
    return e.evidence() == null || e.evidence().trigger() == null ? 0 : e.evidence().trigger().start();
  }

  /**
   * The syntactic head of a multi-word trigger: its first token whose head lies outside the
   * trigger ("was to blame" → "blame", whose clause is the complement of "reiterated").
   */
  static int triggerHead(Sentence s, CodedEvent e) {
    int first = TimeTagger.tokenAt(s, triggerStart(e));
    int end = e.evidence() == null || e.evidence().trigger() == null ? 0 : e.evidence().trigger().end();
    int last = Math.max(first, TimeTagger.tokenAt(s, end - 1));
    for (int t = first; t <= last; t++) {
      int governor = s.headOf(t).map(Dependency::governor).orElse(-1);
      if (governor < first || governor > last) {
        return t;
      }
    }
    return first;
  }

  /**
   * The document with its time mentions, the start offsets of every coded event's trigger, and
   * lookups by offset.
   */
  record Doc(AnnotatedDoc annotated, List<TimeMention> mentions, Set<Integer> triggerStarts) {
    LocalDate published() {
      return annotated.article().published();
    }

    Optional<Sentence> sentenceAt(int offset) {
      return annotated.sentences().stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst();
    }

    List<TimeMention> in(Sentence s) {
      return mentions.stream().filter(m -> m.sentence() == s.index()).toList();
    }

    Optional<TimeMention> covering(Sentence s, int token) {
      return in(s).stream().filter(m -> m.firstToken() <= token && token <= m.lastToken()).findFirst();
    }
  }

  private EventDate date(Doc doc, CodedEvent e, List<CodedEvent> earlier) {
    EventDate own = ownDate(doc, e, earlier);
    EventDate d = QuotedDeixis.shift(Anchors.reanchor(doc, own, e.modality(), earlier).orElse(own), doc);
    return OwnPhrases.weekendPast(
        OwnPhrases.weekdayPast(d, doc.annotated().text(), doc.published(), e.modality()),
        doc.published(), e.modality());
  }

  private EventDate ownDate(Doc doc, CodedEvent e, List<CodedEvent> earlier) {
    Optional<Sentence> s = doc.sentenceAt(triggerStart(e));
    if (s.isEmpty()) {
      return fallback(doc, e);
    }
    int trigger = triggerHead(s.get(), e);
    Optional<EventDate> anchored = Anchors.relative(doc, s.get(), trigger, earlier);
    if (anchored.isPresent()) {
      return anchored.get();
    }
    Optional<EventDate> noun = OwnPhrases.noun(doc, s.get(), trigger)
        .or(() -> Anchors.refersBack(s.get(), trigger, earlier));
    if (noun.isPresent()) {
      return noun.get();
    }
    Clause own = Clause.of(s.get(), trigger);
    Optional<EventDate> ownClause = Deadlines.of(doc, s.get(), own)
        .or(() -> fromClause(doc, s.get(), own, trigger, earlier))
        .or(() -> CourtDates.of(doc, s.get(), own))
        .or(() -> Retrospective.of(doc, s.get(), trigger, e.modality()))
        .or(() -> Antecedents.boycotted(doc, s.get(), e, trigger))
        .or(() -> MannerClauses.of(doc, s.get(), own));
    if (ownClause.isPresent()) {
      return ownClause.get();
    }
    Optional<EventDate> near = NearClauses.of(doc, s.get(), own);
    if (near.isPresent()) {
      return near.get();
    }
    Clause inner = own;
    for (Optional<Clause> c = own.outer(); c.isPresent(); inner = c.get(), c = c.get().outer()) {
      if (NearClauses.sequenced(s.get(), inner)) {
        return NearClauses.sequencedDate(doc, s.get(), own, e).orElseGet(() -> fallback(doc, e));
      }
      Optional<EventDate> outer = fromClause(doc, s.get(), c.get(), trigger, earlier);
      if (outer.isPresent()) {
        return outer.get();
      }
    }
    if (doc.published() != null && Clause.hadBefore(s.get(), trigger)) {
      return new EventDate(EventDates.before(doc.published()), Precision.UNKNOWN, DateBasis.PUBLICATION, null,
          PLUPERFECT_RULE);
    }
    return OwnPhrases.whenClause(doc, s.get(), own)
        .or(() -> s.get().tokens().get(trigger).isNoun() && own.background() ? Optional.empty()
            : OwnPhrases.opener(doc, s.get()))
        .or(() -> whenClause(doc, s.get(), own.head()))
        .orElseGet(() -> fallback(doc, e));
  }

  /**
   * "on June 14, when Putin congratulated Trump": a clause attached to a time expression (as a
   * relative or adverbial clause of one of its words) happened at that time.
   */
  private static Optional<EventDate> whenClause(Doc doc, Sentence s, int head) {
    return s.headOf(head)
        .filter(d -> !d.isRoot() && d.relation().matches("acl.*|advcl.*"))
        .flatMap(d -> doc.covering(s, d.governor()))
        .flatMap(m -> EventDates.of(m, doc.published()))
        .map(d -> new EventDate(d.value(), d.precision(), d.basis(), d.expression(), "time:when-clause"));
  }

  private Optional<EventDate> fromClause(Doc doc, Sentence s, Clause c, int trigger, List<CodedEvent> earlier) {
    for (Dependency d : c.temporalDependents()) {
      if (RelativeSpans.apart(s, d.dependent(), trigger)) {
        continue;
      }
      Optional<EventDate> own = doc.covering(s, d.dependent()).flatMap(m -> EventDates.of(m, doc.published()));
      if (own.isPresent()) {
        return own;
      }
      if (d.relation().equals("obl:during")) {
        Optional<EventDate> during = NearClauses.ownTime(doc, s, d.dependent())
            .or(() -> Anchors.during(s, d.dependent(), earlier))
            .or(() -> Antecedents.during(doc, s, d.dependent()));
        if (during.isPresent()) {
          return during;
        }
      }
    }
    for (TimeMention m : doc.in(s)) {
      if ((c.contains(m.lastToken()) || c.contains(m.firstToken())) && !RelativeSpans.apart(s, m.firstToken(), trigger)
          && !inObjectsEvent(doc, s, c, m) && !NearClauses.modifiesNoun(s, m, trigger)) {
        Optional<EventDate> near = EventDates.of(m, doc.published());
        if (near.isPresent()) {
          return near;
        }
      }
    }
    return NearClauses.occasionOfComplement(doc, s, c).or(() -> NearClauses.occasionParticiple(doc, s, c))
        .or(() -> pastCue(doc, s, c, trigger));
  }

  /**
   * "discussed the results of the talks in Istanbul on Monday": a time mention inside the object
   * of the clause that hangs from another coded event there (the talks) dates that event, not
   * this one. Only the object: "agreed after a call on Wednesday" keeps the call's date.
   */
  private static boolean inObjectsEvent(Doc doc, Sentence s, Clause c, TimeMention m) {
    boolean event = false;
    int cur = m.lastToken();
    for (int guard = 0; guard < s.tokens().size() && cur >= 0; guard++) {
      Optional<Dependency> up = s.headOf(cur);
      if (up.isEmpty() || up.get().isRoot()) {
        return false;
      }
      int gov = up.get().governor();
      if (gov == c.head()) {
        return event && up.get().relation().equals("obj");
      }
      if (doc.triggerStarts().contains(s.tokens().get(gov).start())) {
        event = true;
      }
      cur = gov;
    }
    return false;
  }

  private Optional<EventDate> pastCue(Doc doc, Sentence s, Clause c, int trigger) {
    LocalDate pub = doc.published();
    Optional<Token> adverb = c.pastAdverb(trigger);
    if (adverb.isPresent()) {
      Token t = adverb.get();
      return Optional.of(pub == null
          ? new EventDate(null, Precision.UNKNOWN, DateBasis.UNKNOWN, t.span(), "time:past-cue:no-publication-date")
          : new EventDate(EventDates.before(pub), Precision.UNKNOWN, DateBasis.RELATIVE, t.span(),
              "time:before-publication:" + t.lemma().toLowerCase(java.util.Locale.ROOT)));
    }
    if (c.perfect()) {
      return Optional.of(pub == null
          ? new EventDate(null, Precision.UNKNOWN, DateBasis.UNKNOWN, null, "time:perfect:no-publication-date")
          : new EventDate(EventDates.before(pub), Precision.UNKNOWN, DateBasis.PUBLICATION, null,
              "time:before-publication:perfect"));
    }
    return Optional.empty();
  }

  private static EventDate fallback(Doc doc, CodedEvent e) {
    if (e.modality() == Modality.FUTURE || e.modality() == Modality.HYPOTHETICAL) {
      return Prospects.undated(doc.published(), e.modality());
    }
    if (doc.published() == null) {
      return new EventDate(null, Precision.UNKNOWN, DateBasis.UNKNOWN, null, "time:no-publication-date");
    }
    return new EventDate(doc.published().toString(), Precision.DAY, DateBasis.PUBLICATION, null,
        FALLBACK_RULE);
  }

  /** Shifts a day-precision date by a period, keeping the anchor's basis as anchored-to-event. */
  static Optional<EventDate> shifted(EventDate anchor, Period p, boolean forward, org.annals.model.Span expr,
      String rule) {
    return EventDates.day(anchor).map(d -> new EventDate((forward ? d.plus(p) : d.minus(p)).toString(),
        Precision.DAY, DateBasis.ANCHORED_TO_EVENT, expr, rule));
  }
}
