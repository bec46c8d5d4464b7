package org.annals.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;

/**
 * The highlightable spans of an article's events: actors, triggers, time expressions and
 * attributions, with the rule that produced each. Pure; thread-safe.
 */
public final class ArticleSpans {
  /** Kinds of span, also used as CSS classes ({@code hl-actor}, ...). */
  public enum Kind {
    ACTOR, TRIGGER, TIME, SOURCE;

    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One highlighted range {@code [start, end)} with a label such as the actor's name or the rule. */
  public record HSpan(int start, int end, Kind kind, String label) {}

  private ArticleSpans() {}

  /** Spans of the given events, ordered by start (longest first), without exact repeats. */
  public static List<HSpan> of(List<CodedEvent> events) {
    Set<HSpan> out = new LinkedHashSet<>();
    for (CodedEvent e : events) {
      out.addAll(of(e));
    }
    List<HSpan> list = new ArrayList<>(out);
    list.sort(Comparator.comparingInt(HSpan::start).thenComparing(s -> -s.end()));
    return list;
  }

  /** Spans of one event. */
  public static List<HSpan> of(CodedEvent e) {
    List<HSpan> out = new ArrayList<>();
    if (e.evidence() != null && e.evidence().trigger() != null) {
      var t = e.evidence().trigger();
      out.add(new HSpan(t.start(), t.end(), Kind.TRIGGER, e.event() + " by " + e.evidence().rule()));
    }
    for (ActorRef a : e.actors()) {
      out.add(actor(a));
    }
    for (ActorRef a : e.recipients()) {
      out.add(actor(a));
    }
    if (e.date() != null && e.date().expression() != null) {
      var x = e.date().expression();
      out.add(new HSpan(x.start(), x.end(), Kind.TIME, e.date().value() + " by " + e.date().rule()));
    }
    if (e.attribution() != null && e.attribution().end() > e.attribution().start()) {
      var s = e.attribution();
      out.add(new HSpan(s.start(), s.end(), Kind.SOURCE, s.name() == null ? "attribution" : s.name()));
    }
    return out;
  }

  private static HSpan actor(ActorRef a) {
    String label = (a.name() == null ? "?" : a.name()) + " " + (a.cameo() == null ? "" : a.cameo())
        + " by " + a.rule();
    return new HSpan(a.start(), a.end(), Kind.ACTOR, label);
  }

  /** Drops spans that overlap an earlier kept one, so that they can be nested-free marked up. */
  public static List<HSpan> nonOverlapping(List<HSpan> sorted) {
    List<HSpan> out = new ArrayList<>();
    int end = -1;
    for (HSpan s : sorted) {
      if (s.start() >= end && s.end() > s.start()) {
        out.add(s);
        end = s.end();
      }
    }
    return out;
  }
}
