package org.annals.nlp.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.kb.KnowledgeBase;
import org.annals.model.ActorRef;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Claim;
import org.annals.model.CodedEvent;
import org.annals.model.Sentence;
import org.annals.nlp.ActorMention;
import org.annals.nlp.CodingState;
import org.annals.nlp.Stage;

/**
 * Finds the checkable claims an article makes about the record: counts ("their third meeting in the
 * last four months"), firsts ("first visit ... in almost four years"), last/previous
 * contacts ("last spoke on June 14"), durations and duration comparisons, and office-holders
 * ("the Biden administration"). Each claim carries character offsets, a subject (event type,
 * mode, countries, window, value, ...; keys in {@link org.annals.model.ClaimSubject}) and the
 * rule that found it. Runs after event coding and time anchoring, whose events and dates it uses
 * to tell what a claim is about. Verification is elsewhere ({@code annals-verify}).
 *
 * <p>Thread-safe: all patterns are compiled at construction and the stage holds no mutable state.
 */
public final class ClaimExtractor implements Stage {
  private final List<ClaimRule> rules;

  /** @param kb the knowledge base for office-holder claims; null disables them */
  public ClaimExtractor(KnowledgeBase kb) {
    List<ClaimRule> r = new ArrayList<>(List.of(new CountRule(), new FirstSinceRule(),
        new LastRule(), new DurationRule()));
    if (kb != null) {
      r.add(new OfficeholderRule(kb));
    }
    this.rules = List.copyOf(r);
  }

  @Override
  public CodingState apply(CodingState state) {
    AnnotatedDoc doc = state.doc();
    List<ActorRef> actors = state.actors().stream().map(ActorMention::ref).toList();
    List<String> focus = focus(state.events(), actors);
    List<Claim> claims = new ArrayList<>(state.claims());
    int previousStart = 0;
    for (Sentence s : doc.sentences()) {
      SentenceView view = view(doc, s, state.events(), actors, focus, previousStart);
      previousStart = s.start();
      String lower = view.text().toLowerCase(java.util.Locale.ROOT);
      for (ClaimRule rule : rules) {
        if (!rule.mayMatch(lower)) {
          continue;
        }
        for (Claim c : rule.find(view.withPriorClaims(claims))) {
          if (claims.stream().noneMatch(o -> o.kind().equals(c.kind()) && overlaps(o, c))) {
            claims.add(c);
          }
        }
      }
    }
    claims.sort(Comparator.comparingInt(Claim::start).thenComparing(Claim::kind));
    return state.withClaims(claims);
  }

  @Override
  public String name() {
    return "claims";
  }

  private static SentenceView view(AnnotatedDoc doc, Sentence s, List<CodedEvent> events,
      List<ActorRef> actors, List<String> focus, int previousStart) {
    List<CodedEvent> in = events.stream()
        .filter(e -> within(Subjects.triggerStart(e), s.start(), s.end())).toList();
    List<ActorRef> named = actors.stream().filter(a -> within(a.start(), s.start(), s.end())).toList();
    return new SentenceView(s.start(), doc.text().substring(s.start(), s.end()), in, named,
        s.timexes(), events, doc.article().published(), focus, previousStart, List.of());
  }

  /**
   * The article's countries, most central first: by the number of CONSULT events they take part
   * in, then by actor mentions, then by code.
   */
  private static List<String> focus(List<CodedEvent> events, List<ActorRef> actors) {
    Map<String, Long> score = new LinkedHashMap<>();
    for (CodedEvent e : events) {
      if (EventNouns.CONSULT.equals(e.event())) {
        e.actors().forEach(a -> bump(score, a.country(), 1000));
        e.recipients().forEach(a -> bump(score, a.country(), 1000));
      }
    }
    actors.forEach(a -> bump(score, a.country(), 1));
    return score.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
  }

  private static void bump(Map<String, Long> score, String country, long by) {
    if (country != null) {
      score.merge(country, by, Long::sum);
    }
  }

  private static boolean within(int offset, int start, int end) {
    return offset >= start && offset < end;
  }

  private static boolean overlaps(Claim a, Claim b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
