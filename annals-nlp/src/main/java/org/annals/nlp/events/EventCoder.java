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
import org.annals.nlp.text.WordLists;

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
  private final Codings codings;
  private final CooperativeTypes cooperative;
  private final TriggerMatcher matcher;
  private final DictionaryMatcher dictionary;
  private final ArgumentFinder arguments = new ArgumentFinder();
  private final ModalityRules modality = new ModalityRules();
  private final AttributionRules attribution = new AttributionRules();
  private final DemandRule demands = new DemandRule(WordLists.bundled());
  private final ImpliedDoer implied = new ImpliedDoer(WordLists.bundled());
  private final ClashRule clashes = new ClashRule(WordLists.bundled());
  private final ProtestTargets protested = new ProtestTargets(WordLists.bundled());
  private final BackgroundClauses background = new BackgroundClauses(WordLists.bundled());
  private final DisasterScene scene = new DisasterScene(WordLists.bundled());
  private final BackReferences backReferences = new BackReferences(WordLists.bundled());
  private final UnnamedPatients patients = new UnnamedPatients(WordLists.bundled());
  private final DomesticRecipients domestic = new DomesticRecipients(WordLists.bundled());
  private final ActAuthors authors = new ActAuthors(WordLists.bundled());
  private final PublicDirectives directives = new PublicDirectives(WordLists.bundled());
  private final NamingRule naming;
  private final VerdictRule verdicts;
  private final ParticipantGuards guards;
  private final RaidRule raids;
  private final Locations locations;

  public EventCoder(Lexicon lexicon, Ontology ontology, KnowledgeBase kb) {
    this.lexicon = lexicon;
    this.ontology = ontology;
    this.cooperative = new CooperativeTypes(ontology, WordLists.bundled());
    this.codings = new Codings(lexicon, ontology, cooperative);
    this.matcher = new TriggerMatcher(lexicon);
    this.dictionary = new DictionaryMatcher(lexicon.cameoVerbs());
    this.locations = new Locations(kb);
    this.naming = new NamingRule(ontology, WordLists.bundled());
    this.verdicts = new VerdictRule(ontology, WordLists.bundled());
    this.guards = new ParticipantGuards(ontology, WordLists.bundled());
    this.raids = new RaidRule(ontology, WordLists.bundled());
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
    GroupMemory groups = new GroupMemory();
    QuoteContinuation quotes = new QuoteContinuation(); // this article's open quotation
    Attribution carried = null;
    int carriedAt = -10;
    boolean disasterScene = scene.lead(state.doc().sentences());
    String article = ArticleCountry.of(state.actors()); // the one country an implied doer is of
    for (Sentence s : state.doc().sentences()) {
      SentenceGraph g = new SentenceGraph(s);
      Mentions mentions = mentions(g, s, bySentence.getOrDefault(s.index(), List.of()), quotes);
      Attribution according = attribution.accordingTo(g, mentions, text);
      if (according != null && according.name() != null) {
        carried = according;
        carriedAt = s.index();
      }
      Attribution hearsay = attribution.hearsay(g, s.index() - carriedAt <= 2 ? carried : null);
      List<TriggerMatcher.Match> matches = triggers(g);
      SentenceContext ctx = new SentenceContext(g, mentions, text, articleId, according, hearsay,
          triggerTokens(g, matches), groups, events, disasterScene, article, state.actors());
      events.addAll(code(ctx, matches));
    }
    return state.withEvents(events);
  }

  private List<TriggerMatcher.Match> triggers(SentenceGraph g) {
    List<TriggerMatcher.Match> matches = new ArrayList<>(matcher.find(g));
    matches.addAll(demands.find(g, triggerTokens(g, matches)));
    matches.addAll(naming.find(g, triggerTokens(g, matches)));
    matches.addAll(verdicts.find(g));
    matches.addAll(directives.find(g, triggerTokens(g, matches))); // "residents were told to"
    LegalNouns.BUNDLED.yieldToDictionary(g, matches, dictionary); // "welcomed the inquiry": the dictionary's phrase
    matches.removeIf(m -> m.entry().notAnEvent()); // "gave an interview": held its words, codes nothing
    return matches;
  }

  private static boolean[] triggerTokens(SentenceGraph g, List<TriggerMatcher.Match> matches) {
    boolean[] used = new boolean[g.size()];
    for (TriggerMatcher.Match m : matches) {
      for (int t : m.tokens()) {
        used[t] = true;
      }
    }
    return used;
  }

  private Mentions mentions(SentenceGraph g, Sentence s, List<ActorMention> list, QuoteContinuation quotes) {
    ActorMention[] at = new ActorMention[s.tokens().size()];
    for (ActorMention m : list) {
      for (int t = m.firstToken(); t <= m.lastToken() && t < at.length; t++) {
        at[t] = m;
      }
    }
    attribution.quotedSpeakers(g, at, s.index());
    attribution.reportedSubjects(g, at, s.index());
    quotes.apply(g, at, s.index()); // "... I urge my colleagues ...": a quotation's speaker goes on
    return new Mentions(at, quotes.carried(), quotes.carriedUntil());
  }

  /** What one sentence gives every event in it. */
  private record SentenceContext(SentenceGraph g, Mentions mentions, String text,
      String articleId, Attribution according, Attribution hearsay, boolean[] triggers, GroupMemory groups,
      List<CodedEvent> earlier, boolean disasterScene, String article, List<ActorMention> actors) {}

  private List<CodedEvent> code(SentenceContext ctx, List<TriggerMatcher.Match> matches) {
    Map<TriggerMatcher.Match, CodedEvent> built = new java.util.IdentityHashMap<>();
    for (TriggerMatcher.Match m : matches) {
      CodedEvent e = event(ctx, m, embedded(ctx.g(), m, matches));
      if (e != null) {
        built.put(m, e);
      }
    }
    HarmByMeans.apply(ctx.g(), matches, built); // "a car bomb killed five": the bombing
    List<CodedEvent> out = new ArrayList<>();
    for (TriggerMatcher.Match m : matches) {
      TriggerMatcher.Match gov = governor(ctx.g(), m, matches);
      CodedEvent e = built.get(m);
      if (e == null || (ordering(m) && delegates(e, ordered(ctx.g(), m, matches, built)))) {
        continue; // an order to one's own people is told by what was ordered, if anything
      }
      if (background.reason(ctx.g(), m, matches, ctx.disasterScene()) != null
          || backReferences.absorbed(ctx.g(), ctx.mentions(), m, matches, e, ctx.earlier())
          || SpuriousGuards.absorbed(ctx.g(), m, e, ctx.earlier(), built.keySet())) {
        continue; // what a bill would do, what someone is accused of, an event told again
      }
      CodedEvent kept = gov == null || !built.containsKey(gov) ? e
          : ordering(gov) && delegates(built.get(gov), e) ? orderedBy(e, built.get(gov)) : null;
      if (kept != null) {
        out.add(kept);
        PrisonSentences.BUNDLED.jailing(ctx.g(), m, kept, ontology).ifPresent(out::add); // "to six years": jailed
      }
    }
    out.sort(java.util.Comparator.comparingInt(e -> e.evidence().trigger().start()));
    ctx.groups().rememberConjoined(ctx.g(), ctx.mentions(), ctx.g().sentence().index());
    out.forEach(e -> ctx.groups().remember(e.actors(), ctx.g().sentence().index()));
    return out;
  }

  /**
   * Whether an order (an entry flagged {@code delegates}) leaves the telling to what was ordered
   * ({@code ordered}, null when nothing ordered was coded): it names no recipient of another
   * country besides those of the ordered event ("ordered troops to withdraw", "voted to expel the Russian ambassador",
   * "ordered his staff to delay aid"; not "ordered Iran to pay").
   */
  private static boolean delegates(CodedEvent order, CodedEvent ordered) {
    return order.recipients().stream().noneMatch(r -> Participants.foreign(r, order.actors())
        && (ordered == null || ordered.recipients().stream().noneMatch(o -> Participants.same(o, r))));
  }

  private static boolean ordering(TriggerMatcher.Match m) {
    return m.entry().flags().contains(LexiconEntry.Flag.DELEGATES);
  }

  /** The coded event whose trigger is the complement of {@code m}, or null. */
  private static CodedEvent ordered(SentenceGraph g, TriggerMatcher.Match m,
      List<TriggerMatcher.Match> all, Map<TriggerMatcher.Match, CodedEvent> built) {
    for (TriggerMatcher.Match other : all) {
      if (other != m && built.containsKey(other) && governor(g, other, all) == m) {
        return built.get(other);
      }
    }
    return null;
  }

  /** The ordered event, done by whoever ordered it ("Putin ordered troops to withdraw"). */
  private static CodedEvent orderedBy(CodedEvent ordered, CodedEvent order) {
    return ordered.withParticipants(order.actors(), ordered.recipients())
        .withModality(order.modality())
        .withEvidence(ordered.evidence().withRuleSuffix("+ordered-by:" + order.evidence().rule()));
  }

  /** The trigger whose complement this trigger is, if any. */
  private static TriggerMatcher.Match governor(SentenceGraph g, TriggerMatcher.Match m,
      List<TriggerMatcher.Match> all) {
    TriggerMatcher.Match marked = infinitiveOf(g, m, all);
    if (marked != null) {
      return marked;
    }
    boolean topic = m.entry().flags().contains(LexiconEntry.Flag.TOPIC);
    for (Dependency h : g.heads(m.head())) {
      String rel = h.relation();
      boolean complement = rel.equals("xcomp") || rel.startsWith("ccomp")
          || rel.startsWith("acl") && g.childrenBy(m.head(), "mark").stream() // "the demand to disarm"
              .anyMatch(t -> g.lower(t).equals("to"))
          || rel.startsWith("advcl") && forTo(g, m.head()); // "called for the law to be repealed"
      boolean elaborates = topic && (rel.equals("dep") || rel.startsWith("advcl") || rel.startsWith("conj"))
          // "went on strike in protest", "staged a sit-in in protest": the same act named twice
          || (rel.equals("obl:in") || rel.equals("nmod:in")) && g.token(m.head()).isNoun();
      // "promised an inquiry", "committed to holding them accountable": the legal act vowed
      boolean vowed = m.entry().event().equals("ACCUSE")
          && (rel.equals("obj") || rel.equals("advcl:to") || rel.equals("obl:to"));
      if (!complement && !elaborates && !vowed) {
        continue;
      }
      for (TriggerMatcher.Match other : all) {
        boolean vow = other.entry().flags().contains(LexiconEntry.Flag.VOW);
        if (other != m && other.covers(h.governor()) && (complement || vowed && vow
            || elaborates && other.entry().event().equals(m.entry().event()))) {
          return other;
        }
      }
    }
    return null;
  }

  /** Whether {@code head} heads a "for X to Y" clause: what a call or a demand asks for. */
  private static boolean forTo(SentenceGraph g, int head) {
    List<Integer> marks = g.childrenBy(head, "mark");
    return marks.stream().anyMatch(t -> g.lower(t).equals("for"))
        && marks.stream().anyMatch(t -> g.lower(t).equals("to"));
  }

  /**
   * The trigger whose own last word is the infinitive marker of {@code m}'s head, if any: the verb
   * after "gave the government until Friday to" is what the ultimatum asks (h53), whatever the
   * parser hangs it from.
   */
  private static TriggerMatcher.Match infinitiveOf(SentenceGraph g, TriggerMatcher.Match m,
      List<TriggerMatcher.Match> all) {
    for (int to : g.childrenBy(m.head(), "mark")) {
      if (!"to".equalsIgnoreCase(g.token(to).word())) {
        continue;
      }
      for (TriggerMatcher.Match other : all) {
        if (other != m && other.last() == to) {
          return other;
        }
      }
    }
    return null;
  }

  private static LexiconEntry embedded(SentenceGraph g, TriggerMatcher.Match m, List<TriggerMatcher.Match> all) {
    for (TriggerMatcher.Match other : all) {
      if (other != m && governor(g, other, all) == m) {
        return other.entry();
      }
    }
    return null;
  }

  private CodedEvent event(SentenceContext ctx, TriggerMatcher.Match found, LexiconEntry embedded) {
    Participants p = arguments.find(ctx.g(), ctx.mentions(), found, ctx.triggers());
    if (!AccusedParticiple.apply(ctx.g(), ctx.mentions(), found, p, ctx.article())) { // "appeared in court, charged with": the accused
      implied.fill(ctx.g(), found, p, ctx.article());
    }
    directives.fill(ctx.g(), ctx.mentions(), found, p); // "residents were asked to": the authorities
    protested.fill(ctx.g(), ctx.mentions(), found, p); // "in protest against the new tax": its author
    TriggerMatcher.Match m = raids.apply(ctx.g(), clashes.apply(found, p), p); // riots, police raids
    LexiconEntry entry = m.entry();
    boolean together = entry.symmetric() && p.recipients.isEmpty();
    if (ctx.groups().fill(p, ctx.g().sentence().index(), together) && together
        && entry.flags().contains(LexiconEntry.Flag.TOPIC)) {
      return null; // "the two leaders discussed Iran": what the call already reported was about
    }
    boolean placeAttacked = placeAttacked(ctx.g(), m, p);
    if ((!LegalNouns.BUNDLED.admit(ctx.g(), ctx.mentions(), m, p) || guards.unsupported(ctx.g(), m, p, ctx.disasterScene())
        || cooperative.unsupported(ctx.g(), m, p)) && !placeAttacked) {
      return null;
    }
    Modality mod = modality.of(ctx.g(), m.head(), m.tokens());
    if (AccusedSubject.unsupported(ctx.g(), m, p, mod)) {
      return null; // "said he had never broken the law": a denial, or no one else accused
    }
    // a future act only: "is to be sentenced", "faces a life sentence" are coded as themselves
    boolean announced = mod != Modality.FUTURE || !modality.scheduled(ctx.g(), m.head(), m.tokens());
    boolean refused = mod == Modality.NEGATED && modality.refusal(ctx.g(), m.head(), m.tokens());
    Codings.Coding c = codings.coding(entry, embedded, mod, announced, refused); // "will not release": REJECT
    if (c.cameo().startsWith("01") || c.cameo().startsWith("02")) {
      return null;
    }
    if (ForecastIntents.foreign(ctx.g(), ctx.mentions(), m.head(), c.rule(), p.actors)) {
      return null; // "Israel said Iran would support ...": no intent of Iran
    }
    c = AllegedBacking.BUNDLED.apply(ctx.g(), ctx.mentions(), m, p, c); // "backed by Iran, the minister said": a charge
    Ontology.CameoCode code = ontology.cameo(c.cameo()).orElseThrow();
    boolean refusal = refused && c.event().equals("REJECT");
    if (refusal && entry.symmetric()) {
      p.refusedBy(); // "will not hold talks with X": one side refuses the other
    }
    boolean symmetric = entry.symmetric() && !refusal && p.actors.size() >= 2;
    SentenceGraph g = ctx.g();
    int tStart = g.token(m.first()).start();
    int tEnd = g.token(m.last()).end();
    Sentence s = g.sentence();
    Evidence ev = new Evidence(ctx.articleId(), s.start(), s.end(),
        new Trigger(tStart, tEnd, ctx.text().substring(tStart, tEnd)), c.rule());
    Location loc = locations.find(g, m, ctx.text());
    patients.fill(g, ctx.mentions(), m, p, loc); // "detained him in Nairobi": a Kenyan
    authors.fill(g, ctx.mentions(), m, p, ctx.earlier()); // "condemned the move": whoever just made it
    ReferredTargets.BUNDLED.fill(g, ctx.mentions(), m, c.event(), p, ctx.actors()); // "at its boats", "toward the island"
    ReactionTargets.BUNDLED.fill(g, ctx.mentions(), m, c.event(), p); // "angered Jordan, which recalled"
    MissingTargets.BUNDLED.fill(g, ctx.mentions(), m, p, ctx.earlier()); // "was released" with its subject lost
    placeTarget(entry, loc, p);
    CrimeScenes.BUNDLED.placeVictims(g, m, p, loc); // "reports of a shooting in Lyon": its people
    TriggerTargets.BUNDLED.apply(g, ctx.mentions(), m, p, domestic, loc, ctx.article(), ctx.earlier()); // "the accused"; "accused the network of": a body at home; "paid tribute to"
    ImpliedAgents.BUNDLED.fill(g, m, p, loc, ctx.article()); // "faces trial", "the case was thrown out": a state's
    TreatyParties.BUNDLED.fill(g, m, p, ctx.actors()); // "signed the accession papers": NATO; "stalled ratification": the other party
    RecalledMissions.redirect(c.event(), p); // "recalled its ambassador to Egypt": Egypt
    if (placeAttacked && !placeTarget(loc, p)) {
      return null; // "the port was the target of an attack": a place of no known country
    }
    p.actors.replaceAll(a -> ImpliedDoer.located(a, loc)); // "thousands marched in Lima": Peruvians
    if (DoerlessEvents.BUNDLED.drop(g, m, c.event(), p)) {
      return null; // "the proposal was rejected", "aid was delivered": no one's act
    }
    return new CodedEvent(CodedEvent.makeId(ctx.articleId(), tStart, c.event()), c.event(),
        c.mode(), entry.context(), c.cameo(), code.quadClass(), code.goldstein(), p.actors,
        symmetric ? List.of() : p.recipients, symmetric, null, loc, c.attributes(), c.modality(),
        attributionFor(ctx, m), ev, confidence(p, m, symmetric));
  }

  /** "imposed a curfew in Gao": with no recipient named, the people of the place undergo it. */
  private static void placeTarget(LexiconEntry entry, Location loc, Participants p) {
    if (entry.flags().contains(LexiconEntry.Flag.PLACE_TARGET) && p.recipients.isEmpty()) {
      placeTarget(loc, p);
    }
  }

  /** The people of the event's place as its recipient; whether the place has a known country. */
  private static boolean placeTarget(Location loc, Participants p) {
    ActorRef people = Participants.peopleOf(loc);
    if (people == null) {
      return false;
    }
    p.recipient(people);
    return true;
  }

  /**
   * "Kandahar airport was the target of a Taliban attack": an attack whose target is a place, no
   * actor; the place's country undergoes it (checked once the event's place is known).
   */
  private static boolean placeAttacked(SentenceGraph g, TriggerMatcher.Match m, Participants p) {
    return "ASSAULT".equals(m.entry().event()) && p.recipients.isEmpty()
        && ParticipantGuards.targetOf(g, m.head()); // a target noun: the trigger is a noun
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
