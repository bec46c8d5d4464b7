package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.kb.KnowledgeBase;
import org.annals.model.ActorRef;
import org.annals.model.Attribution;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.Evidence;
import org.annals.model.Location;
import org.annals.model.Modality;
import org.annals.model.Ontology;
import org.annals.model.Sentence;
import org.annals.model.Trigger;
import org.annals.nlp.ActorMention;
import org.annals.nlp.CodingState;
import org.annals.nlp.Stage;
import org.annals.nlp.text.SentenceGraph;

/**
 * Codes events: lexicon triggers ({@link TriggerMatcher}), arguments from the dependency graph
 * ({@link ArgumentFinder}), modality ({@link ModalityRules}), attribution
 * ({@link AttributionRules}), "in PLACE" locations; an event whose trigger is the complement of
 * another trigger ("urged Putin to withdraw") is absorbed by it and may refine its CAMEO code
 * ({@code @embed} rules). Quad class and Goldstein come from the ontology. Dates are left to the
 * time stage.
 *
 * <p>Thread-safe: the lexicon, ontology and KB are read-only; all per-article state is local.
 */
public final class EventCoder implements Stage {
  private final Lexicon lexicon;
  private final Ontology ontology;
  private final TriggerMatcher matcher;
  private final ArgumentFinder arguments = new ArgumentFinder();
  private final ModalityRules modality = new ModalityRules();
  private final AttributionRules attribution = new AttributionRules();
  private final Locations locations;

  public EventCoder(Lexicon lexicon, Ontology ontology, KnowledgeBase kb) {
    this.lexicon = lexicon;
    this.ontology = ontology;
    this.matcher = new TriggerMatcher(lexicon);
    this.locations = new Locations(kb);
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  @Override
  public CodingState apply(CodingState state) {
    String text = state.doc().text();
    String articleId = state.doc().article().id();
    Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
    for (ActorMention m : state.actors()) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    List<CodedEvent> events = new ArrayList<>(state.events());
    Attribution carried = null;
    int carriedAt = -10;
    for (Sentence s : state.doc().sentences()) {
      SentenceGraph g = new SentenceGraph(s);
      ArgumentFinder.Mentions mentions = mentions(s, bySentence.getOrDefault(s.index(), List.of()));
      Attribution according = attribution.accordingTo(g, mentions, text);
      if (according != null && according.name() != null) {
        carried = according;
        carriedAt = s.index();
      }
      Attribution hearsay = attribution.hearsay(g, s.index() - carriedAt <= 2 ? carried : null);
      SentenceContext ctx = new SentenceContext(g, mentions, text, articleId, according, hearsay);
      events.addAll(code(ctx, matcher.find(g)));
    }
    return state.withEvents(events);
  }

  private static ArgumentFinder.Mentions mentions(Sentence s, List<ActorMention> list) {
    ActorMention[] at = new ActorMention[s.tokens().size()];
    for (ActorMention m : list) {
      for (int t = m.firstToken(); t <= m.lastToken() && t < at.length; t++) {
        at[t] = m;
      }
    }
    return new ArgumentFinder.Mentions(at);
  }

  /** What one sentence gives every event in it. */
  private record SentenceContext(SentenceGraph g, ArgumentFinder.Mentions mentions, String text,
      String articleId, Attribution according, Attribution hearsay) {}

  private List<CodedEvent> code(SentenceContext ctx, List<TriggerMatcher.Match> matches) {
    List<CodedEvent> out = new ArrayList<>();
    for (TriggerMatcher.Match m : matches) {
      if (governor(ctx.g(), m, matches) != null) {
        continue;
      }
      String embedded = embeddedType(ctx.g(), m, matches);
      CodedEvent e = event(ctx, m, embedded);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** The trigger whose complement this trigger is, if any. */
  private static TriggerMatcher.Match governor(SentenceGraph g, TriggerMatcher.Match m,
      List<TriggerMatcher.Match> all) {
    for (Dependency h : g.heads(m.head())) {
      if (!(h.relation().equals("xcomp") || h.relation().startsWith("ccomp"))) {
        continue;
      }
      for (TriggerMatcher.Match other : all) {
        if (other != m && contains(other.tokens(), h.governor())) {
          return other;
        }
      }
    }
    return null;
  }

  private static String embeddedType(SentenceGraph g, TriggerMatcher.Match m, List<TriggerMatcher.Match> all) {
    for (TriggerMatcher.Match other : all) {
      if (other != m && governor(g, other, all) == m) {
        return other.entry().event();
      }
    }
    return null;
  }

  private static boolean contains(int[] tokens, int t) {
    for (int x : tokens) {
      if (x == t) {
        return true;
      }
    }
    return false;
  }

  private CodedEvent event(SentenceContext ctx, TriggerMatcher.Match m, String embedded) {
    LexiconEntry entry = m.entry();
    Participants p = arguments.find(ctx.g(), ctx.mentions(), m);
    if (p.isEmpty()) {
      return null;
    }
    String cameo = entry.cameo();
    String mode = entry.mode();
    String rule = entry.rule();
    if (embedded != null && cameo.length() == 3 && cameo.endsWith("0")) {
      String refined = lexicon.embedCode(entry.event(), embedded).orElse(null);
      if (refined != null) {
        cameo = refined;
        rule += "+embed:" + embedded;
        mode = ontology.cameo(refined).filter(c -> entry.event().equals(c.ploverEvent()))
            .map(Ontology.CameoCode::ploverMode).orElse(mode);
      }
    }
    if (cameo.startsWith("01") || cameo.startsWith("02")) {
      return null;
    }
    Ontology.CameoCode code = ontology.cameo(cameo).orElseThrow();
    Modality mod = modality.of(ctx.g(), m.head());
    boolean symmetric = entry.symmetric() && p.actors.size() >= 2;
    SentenceGraph g = ctx.g();
    int tStart = g.token(m.first()).start();
    int tEnd = g.token(m.last()).end();
    Sentence s = g.sentence();
    Evidence ev = new Evidence(ctx.articleId(), s.start(), s.end(),
        new Trigger(tStart, tEnd, ctx.text().substring(tStart, tEnd)), rule);
    Location loc = locations.find(g, m, ctx.text());
    return new CodedEvent(CodedEvent.makeId(ctx.articleId(), tStart, entry.event()), entry.event(),
        mode, entry.context(), cameo, code.quadClass(), code.goldstein(), p.actors,
        symmetric ? List.of() : p.recipients, symmetric, null, loc, Map.of(), mod,
        attributionFor(ctx, m), ev, confidence(p, m, symmetric));
  }

  private Attribution attributionFor(SentenceContext ctx, TriggerMatcher.Match m) {
    if (ctx.according() != null) {
      return ctx.according();
    }
    Attribution said = attribution.speech(ctx.g(), ctx.mentions(), m.head(), ctx.text());
    return said != null ? said : ctx.hearsay();
  }

  private static double confidence(Participants p, TriggerMatcher.Match m, boolean symmetric) {
    double c = 0.5;
    if (!p.actors.isEmpty() && !p.surfaceFallback) {
      c += 0.2;
    }
    if (!p.recipients.isEmpty() || symmetric) {
      c += 0.15;
    }
    if (m.entry().pattern().size() > 1) {
      c += 0.1;
    }
    return Math.min(0.95, c);
  }

}
