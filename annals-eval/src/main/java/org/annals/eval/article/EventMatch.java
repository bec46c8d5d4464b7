package org.annals.eval.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.EventDate;
import org.annals.model.Span;

/**
 * Compares one produced event with one reference event, field by field, and tells where a
 * produced event lies. Stateless and thread-safe.
 */
final class EventMatch {
  private EventMatch() {}

  /**
   * Whether the event's evidence lies in {@code span}: the evidence sentence inside it, or (when
   * sentence splitting differs from the reference) the trigger inside it.
   */
  static boolean inside(CodedEvent e, Span span) {
    if (e.evidence() == null) {
      return false;
    }
    var ev = e.evidence();
    boolean sentence = ev.start() >= span.start() && ev.end() <= span.end() && ev.start() <= ev.end();
    var t = ev.trigger();
    boolean trigger = t != null && t.start() >= span.start() && t.end() <= span.end();
    return sentence || trigger;
  }

  /** Every field that differs from the reference (empty: the event matches). */
  static List<String> differences(ArticleGold.Event g, CodedEvent e) {
    List<String> out = new ArrayList<>();
    if (g.mode() != null && !g.mode().equals(e.mode())) {
      out.add("mode: expected " + g.mode() + ", got " + e.mode());
    }
    participants(g, e, out);
    if (g.date() != null) {
      EventDate d = e.date();
      String precision = d.precision() == null ? null : d.precision().label();
      if (!g.date().value().equals(d.value()) || !g.date().precision().equals(precision)) {
        out.add("date: expected " + g.date().value() + " (" + g.date().precision() + "), got "
            + d.value() + " (" + precision + ")");
      }
    }
    for (Map.Entry<String, String> a : g.attributes().entrySet()) {
      String got = e.attributes().get(a.getKey());
      if (!a.getValue().equals(got)) {
        out.add("attribute " + a.getKey() + ": expected " + a.getValue() + ", got " + got);
      }
    }
    String modality = e.modality() == null ? null : e.modality().label();
    if (g.modality() != null && !g.modality().equals(modality)) {
      out.add("modality: expected " + g.modality() + ", got " + modality);
    }
    if (g.attribution() != null && g.attribution().required() && e.attribution() == null) {
      out.add("attribution: required, none produced");
    }
    return out;
  }

  /** Countries (as sets; the union of both sides for symmetric events) and sectors. */
  private static void participants(ArticleGold.Event g, CodedEvent e, List<String> out) {
    if (g.symmetric()) {
      side("participants", concat(g.actors(), g.recipients()), concat(e.actors(), e.recipients()), out);
    } else {
      side("actors", g.actors(), e.actors(), out);
      side("recipients", g.recipients(), e.recipients(), out);
    }
  }

  private static void side(String name, List<ArticleGold.Participant> gold, List<ActorRef> got,
      List<String> out) {
    Set<String> want = gold.stream().map(ArticleGold.Participant::country).filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> have = got.stream().map(ActorRef::country).filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
    if (!want.equals(have)) {
      out.add(name + ": expected " + want + ", got " + have);
      return;
    }
    for (ArticleGold.Participant p : gold) {
      boolean ok = p.sector() == null || got.stream()
          .anyMatch(r -> Objects.equals(p.country(), r.country()) && p.sector().equals(r.sector()));
      if (!ok) {
        out.add(name + " sector: expected " + p.country() + "/" + p.sector() + ", got "
            + got.stream().filter(r -> Objects.equals(p.country(), r.country()))
                .map(r -> r.country() + "/" + r.sector()).toList());
      }
    }
  }

  private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
    return Stream.concat(a.stream(), b.stream()).map(x -> (T) x).toList();
  }

  /** All participant countries of an event (actors and recipients). */
  static Set<String> countries(CodedEvent e) {
    return Stream.concat(e.actors().stream(), e.recipients().stream()).map(ActorRef::country)
        .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
  }

  static String describe(CodedEvent e) {
    String trigger = e.evidence() == null || e.evidence().trigger() == null ? "?"
        : "'" + e.evidence().trigger().text() + "'@" + e.evidence().trigger().start();
    return e.event() + (e.mode() == null ? "" : "/" + e.mode()) + " " + countries(e) + " "
        + trigger + (e.modality() == null ? "" : " (" + e.modality().label() + ")");
  }
}
