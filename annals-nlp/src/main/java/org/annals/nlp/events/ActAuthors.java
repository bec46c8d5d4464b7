package org.annals.nlp.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.Modality;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * The author of an act a judgement names only as "the move", "the decision", "the attack": when an
 * accusation, a rejection or praise (ACCUSE, REJECT, SUPPORT; a protest too, h117: "protested the
 * seizure") has no recipient and what it judges
 * (its object, its passive subject, its "against" phrase, the noun of the trigger itself, or the
 * thing a naming names: "called the decision a disgrace") is a
 * definite singular noun with no possessor, no phrase of its own and no actor, the act is one the
 * article has just reported, and whoever did it is the recipient ("Kenya closed the border on
 * Monday. Uganda condemned the move."). An act judged that names its author in a "by" phrase
 * ("condemned the attack by Iraqi militias") has that author as the recipient. The act is the latest earlier event, asserted, done by
 * someone of known country other than the judge, whose sentence began at most {@link #REACH}
 * characters before this one: for a noun of {@code act-noun} ("the move", "the decision", "the
 * step", "the expulsion"), any such deed (coercion, sanctions, aid, a withdrawal or a concession, a
 * mobilization, an assault, a rejection, a cooperation such as an extradition; not words, promises, talks or a protest), else an event
 * whose trigger has the noun's word ("the attack" after
 * "launched an attack"); for a noun of {@code assault-noun} ("the raid", "the shelling", "the
 * operation"), the latest assault, whatever its word ("jets bombed the town ... The raid was
 * condemned"), unless an assault of its own word was told within reach ("stabbed ... was taken to
 * hospital with wounds ... condemned the stabbing": the stabbing), and none when that one is the judge's own, has no
 * doer of known country or is told of courts or prosecutors (what a charge says). Rule {@code +act-author:} on each recipient, after the act's rule.
 *
 * <p>Immutable after construction; thread-safe (the caller owns the list of earlier events).
 */
final class ActAuthors {
  static final Set<String> TYPES = Set.of("ACCUSE", "REJECT", "SUPPORT");
  /** The judgements this class fills: also a protest at a deed just told ("protested the seizure", h117). */
  private static final Set<String> FILLED = Set.of("ACCUSE", "REJECT", "SUPPORT", "PROTEST");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");
  private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION");
  /**
   * Types of act "the move" or "the decision" can name: deeds done to others or given up, not words,
   * promises, talks or crowds ("agreed to meet again ... Poland criticized the plan" is no judgement
   * of the meeting).
   */
  private static final Set<String> ACTS = Set.of("COERCE", "SANCTION", "RETREAT", "CONCEDE", "AID",
      "MOBILIZE", "ASSAULT", "REJECT", "COOPERATE");
  private static final Set<String> JUDGED = Set.of("obj", "nsubj:pass", "obl:against", "obl:of");
  /** How far back, in characters from this sentence's start, the act's sentence may begin. */
  static final int REACH = 500;
  private final Set<String> acts;
  private final Set<String> assaults;
  private final JudgedThings judgedThings;

  ActAuthors(WordLists lists) {
    this.acts = lists.get("act-noun");
    this.assaults = lists.get("assault-noun");
    this.judgedThings = new JudgedThings(lists);
  }

  /** Adds the authors of the act {@code m} judges, when {@code p} has no recipient. */
  void fill(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p,
      List<CodedEvent> earlier) {
    if (!p.recipients.isEmpty() || p.actors.isEmpty() || !FILLED.contains(m.entry().event())) {
      return;
    }
    if (byPhrase(g, mentions, m, p)) {
      return;
    }
    int noun = judged(g, mentions, m);
    if (noun < 0) {
      return;
    }
    boolean assault = assaults.contains(g.lemma(noun)) || assaults.contains(g.lower(noun));
    int from = g.sentence().start() - REACH;
    CodedEvent own = assault ? ownWord(g, noun, earlier, from) : null;
    for (int i = earlier.size() - 1; i >= 0; i--) {
      CodedEvent e = earlier.get(i);
      if (e.evidence().start() < from) {
        return;
      }
      if (own != null && e != own) {
        continue; // "the stabbing": the stabbing told, not a later assault of another word
      }
      boolean act = act(g, noun, e);
      if (act && assault && e.actors().stream().anyMatch(a -> "JUD".equals(a.sector()))) {
        return; // "prosecutors charged him with murder": the charge's content, no assault by them
      }
      if (act && authored(e, p) && (!pronoun(g, noun) || foreign(e, p))) {
        for (ActorRef a : e.actors()) {
          p.recipient(a.withRule(a.rule() + "+act-author:" + e.evidence().rule()));
        }
        return;
      }
      if (act && (assault || pronoun(g, noun))) {
        return; // the latest assault (or the deed "it" is) is the judge's own or of no known doer: no older one instead
      }
    }
  }

  /**
   * The latest assault within reach whose trigger has the noun's word ("stabbed ... the stabbing"),
   * neither negated nor hypothetical; null when none.
   */
  private static CodedEvent ownWord(SentenceGraph g, int noun, List<CodedEvent> earlier, int from) {
    String lemma = g.lemma(noun).toLowerCase(Locale.ROOT);
    for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).evidence().start() >= from; i--) {
      CodedEvent e = earlier.get(i);
      if (e.event().equals("ASSAULT") && e.modality() != Modality.NEGATED && e.modality() != Modality.HYPOTHETICAL
          && e.evidence().trigger().text().toLowerCase(Locale.ROOT).contains(lemma)) {
        return e;
      }
    }
    return null;
  }

  /**
   * "condemned the attack by Iraqi militias", "spoke out against the ruling by the court": the act
   * judged names its author in its own "by" phrase, who is the recipient (rule {@code +act-by}),
   * unless that is the judge. A judged thing that is no actor may name its author in a participle
   * or a relative clause instead ({@link JudgedThings#author}: "said the referendum organised by
   * Russia was a sham", "rejected the budget the government presented"; rule {@code
   * +act-by:participle} or {@code +act-by:relative}).
   */
  private boolean byPhrase(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m,
      Participants p) {
    for (Dependency d : g.children(m.head())) {
      boolean judged = JUDGED.contains(d.relation());
      boolean clause = CLAUSES.contains(d.relation());
      if (!judged && !JudgedThings.judging(d.relation(), m.entry()) && !clause) {
        continue;
      }
      for (Dependency b : judged ? g.children(d.dependent()) : List.<Dependency>of()) {
        ActorRef author = BY.contains(b.relation()) ? named(g, mentions, b.dependent()) : null;
        if (author != null && p.actors.stream().noneMatch(j -> Participants.same(author, j))) {
          p.recipient(author.withRule(author.rule() + "+act-by"));
          return true;
        }
      }
      if (clause ? clauseAuthor(g, mentions, d.dependent(), p)
          : thingAuthor(g, mentions, d.dependent(), p)) {
        return true;
      }
    }
    return false;
  }

  /** The author the participle or relative clause of a judged thing that is no actor names. */
  private boolean thingAuthor(SentenceGraph g, Mentions mentions, int thing, Participants p) {
    if (mentions.ref(thing) != null || !g.token(thing).isNoun()) {
      return false;
    }
    JudgedThings.Author found = judgedThings.author(g, thing);
    return found != null && addAuthor(g, mentions, found.token(), found.rule(), p);
  }

  /**
   * A participle phrase the parser made a clause of the judging verb ("condemned [the strikes
   * carried out by Russian forces]" as a clause whose subject is "strikes"): the author its "by"
   * phrase names, when its one subject is no actor (rule {@code +act-by:participle}).
   */
  private boolean clauseAuthor(SentenceGraph g, Mentions mentions, int clause, Participants p) {
    int by = judgedThings.misparsedParticiple(g, clause);
    if (by >= 0) {
      List<Integer> subjects = g.childrenBy(clause, "nsubj");
      return subjects.size() == 1 && mentions.ref(subjects.get(0)) == null
          && addAuthor(g, mentions, by, "+act-by:participle", p);
    }
    return false;
  }

  private static boolean addAuthor(SentenceGraph g, Mentions mentions, int token, String rule, Participants p) {
    ActorRef author = named(g, mentions, token);
    if (author == null || p.actors.stream().anyMatch(j -> Participants.same(author, j))) {
      return false;
    }
    p.recipient(author.withRule(author.rule() + rule));
    return true;
  }

  private static final Set<String> BY = Set.of("nmod:by", "nmod:agent");
  /** How a parser hangs a participle phrase it took for a clause from the judging verb. */
  private static final Set<String> CLAUSES = Set.of("ccomp", "dep");

  /** The actor a noun names, itself or through its adjective or compound ("American drones"). */
  private static ActorRef named(SentenceGraph g, Mentions mentions, int noun) {
    ActorRef r = mentions.ref(noun);
    for (Dependency d : g.children(noun)) {
      if (r == null && (d.relation().equals("amod") || d.relation().equals("compound"))) {
        r = mentions.ref(d.dependent());
      }
    }
    return r;
  }

  /**
   * The definite noun the judgement is about, or -1: a trigger word, the named thing of a naming's
   * small clause, the judged phrase of the trigger's verb, a naming's "to" phrase ("referred to the
   * vote as a hoax") or a verdict's subject ("said the measure was nowhere near enough"); a
   * definite article the parser made the object, with the act noun hung under it ("called [the]
   * stabbing an act of barbarity"), is that noun ({@link JudgedThings}).
   */
  int judged(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m) {
    for (int t : m.tokens()) {
      if (t != m.head() && bare(g, mentions, t)) {
        return t; // "rejected the plan"
      }
      for (int s : t == m.head() ? List.<Integer>of() : g.childrenBy(t, "nsubj")) {
        if (bare(g, mentions, s)) {
          return s; // "called the decision a disgrace": the named thing of the small clause
        }
      }
    }
    for (Dependency d : g.children(m.head())) {
      if (!JUDGED.contains(d.relation()) && !JudgedThings.judging(d.relation(), m.entry())) {
        continue;
      }
      if (bare(g, mentions, d.dependent())) {
        return d.dependent();
      }
      int noun = JudgedThings.underArticle(g, d.dependent());
      if (noun >= 0 && mentions.ref(noun) == null
          && (acts.contains(g.lower(noun)) || assaults.contains(g.lower(noun)))) {
        return noun;
      }
    }
    return -1;
  }

  /**
   * "the move": a singular noun with "the", "this" or "that", no possessor, modifier phrase or
   * actor; or a bare "it", "this" or "that" that stands for the act ({@link #pronoun}).
   */
  private static boolean bare(SentenceGraph g, Mentions mentions, int noun) {
    if (pronoun(g, noun)) {
      return true;
    }
    if (!g.token(noun).pos().equals("NN") || mentions.ref(noun) != null) {
      return false;
    }
    List<Dependency> own = g.children(noun).stream() // not "on Tuesday": a time says no more whose
        .filter(d -> !(d.relation().startsWith("nmod:") && TIME_NER.contains(g.token(d.dependent()).ner())))
        .toList();
    return own.stream().anyMatch(d -> d.relation().equals("det") && DEFINITE.contains(g.lower(d.dependent())))
        && own.stream().noneMatch(d -> ownPhrase(d.relation())
            || d.relation().equals("amod") && mentions.ref(d.dependent()) != null);
  }

  /**
   * "London called it piracy", "Spain condemned this": "it", "this" or "that" with nothing hung
   * from it stands for the latest deed told, as an act noun does (h132). The actor resolver may have
   * taken "it" for the last group named; the judgement runs only when that left no recipient.
   */
  static boolean pronoun(SentenceGraph g, int t) {
    String pos = g.token(t).pos();
    return (pos.equals("PRP") || pos.equals("DT")) && ACT_PRONOUNS.contains(g.lower(t))
        && g.children(t).isEmpty();
  }

  private static final Set<String> ACT_PRONOUNS = Set.of("it", "this", "that");

  /** A possessor, compound, prepositional phrase or clause of a noun: it may be someone else's act. */
  private static boolean ownPhrase(String rel) {
    return rel.equals("nmod:poss") || rel.equals("compound") || rel.startsWith("nmod:") || rel.startsWith("acl");
  }

  /**
   * Whether {@code e} is the act the noun names: any act for an act noun, any assault for an
   * {@code assault-noun} ("bombed ... the raid"), else one of its word.
   */
  boolean act(SentenceGraph g, int noun, CodedEvent e) {
    if (e.modality() == Modality.NEGATED || e.modality() == Modality.HYPOTHETICAL) {
      return false;
    }
    String lemma = g.lemma(noun);
    String word = g.lower(noun); // "stabbing", a gerund whose lemma is the verb's
    if (pronoun(g, noun)) {
      return ACTS.contains(e.event()); // "called it piracy": any deed, never a trigger's letters
    }
    return (acts.contains(lemma) || acts.contains(word)) && ACTS.contains(e.event())
        || (assaults.contains(lemma) || assaults.contains(word)) && e.event().equals("ASSAULT")
        || e.evidence().trigger().text().toLowerCase(Locale.ROOT).contains(lemma);
  }

  /** Done by someone of known country, none of a judge's ("it" reaches no further). */
  private static boolean foreign(CodedEvent e, Participants p) {
    return e.actors().stream().allMatch(a -> Participants.foreign(a, p.actors));
  }

  /** Done by someone of known country other than the judge. */
  static boolean authored(CodedEvent e, Participants p) {
    return !e.actors().isEmpty() && e.actors().stream().allMatch(a -> a.country() != null)
        && e.actors().stream().noneMatch(a -> p.actors.stream().anyMatch(j -> Participants.same(a, j)));
  }
}
