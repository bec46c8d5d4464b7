package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Finds a trigger's actors and recipients in the enhanced++ UD graph: subjects (also controlled
 * {@code nsubj:xsubj}), passive subjects and {@code obl:agent}, objects, {@code with/to/against/
 * on/between} obliques, possessors and relative clauses of nominal triggers, the subject of a
 * light verb ("held talks"), coordination through the enhanced graph; a short surface fallback
 * covers bad parses. Stateless; thread-safe.
 */
final class ArgumentFinder {
  static final Set<String> TARGET_PREPS = Set.of(
      "with", "to", "against", "on", "toward", "towards", "at", "between", "among", "from", "into",
      "upon", "over", "for");
  /** The passive subject a controlling clause lends its infinitive ("is to be sentenced"). */
  private static final String CONTROLLED_PASSIVE = "nsubj:pass:xsubj";
  private static final Set<String> SYMMETRIC_PREPS = Set.of("with", "between", "among");
  /** Types whose "against" phrase names the other side's opponent, not the recipient. */
  /** Types whose event noun's "of" phrase is its recipient ("the shelling of Kharkiv"). */
  private static final Set<String> DONE_TO = Set.of("ASSAULT", "COERCE", "ACCUSE", "SANCTION");
  /** Types whose passive trigger noun's owner undergoes it ("her sentence was commuted"). */
  private static final Set<String> DONE_TO_OWNER = Set.of("CONCEDE", "REJECT", "SUPPORT", "ACCUSE", "REQUEST");
  private static final Set<String> COOPERATIVE = Set.of("SUPPORT", "AGREE", "AID", "CONCEDE", "COOPERATE");
  private static final Set<String> SPEECH = WordLists.bundled().get("speech-verb");
  private static final Set<String> PENALTIES = WordLists.bundled().get("penalty-noun");
  private static final Set<String> EXPERIENCER = WordLists.bundled().get("experiencer-verb");
  private static final Set<String> UNDERGONE = WordLists.bundled().get("patient-noun");
  /** Nouns whose possessor, "of" phrase or modifier holds someone ("police custody"; word list). */
  private static final Set<String> HOLDERS = WordLists.bundled().get("holder-noun");
  private static final Set<String> HELD_BY = Set.of("nmod:poss", "nmod:of", "compound", "amod");
  private static final Set<String> RESPONSIBILITY = WordLists.bundled().get("responsibility-verb");
  /** Verbs whose event noun object is the event ("held talks", "launched an attack"; word list). */
  private static final Set<String> LIGHT = WordLists.bundled().get("light-verb");
  /** Passive forms whose subject is the doer: "were engaged in", "is committed to" (word list). */
  private static final Set<String> STATIVE = WordLists.bundled().get("stative-passive");
  private static final Set<String> ADDRESSED = WordLists.bundled().get("addressee-passive");
  /** Prepositions of a background event, whose doer is not the clause's subject (word list). */
  private static final Set<String> BACKGROUND = WordLists.bundled().get("background-preposition");
  /** Messages whose words are their sender's (word list): "issued a statement condemning". */
  private static final Set<String> MESSAGES = WordLists.bundled().get("message-noun");
  /** Verbs that refer to an act named as their object ("pointed to the attack"; word list). */
  private static final Set<String> CITING = WordLists.bundled().get("citing-verb");

  /**
   * @param triggers which tokens belong to some trigger of the sentence: a nominal event that is
   *     the object of another trigger ("condemned the attack") does not take that verb's subject
   */
  Participants find(SentenceGraph g, Mentions m, TriggerMatcher.Match match, boolean[] triggers) {
    Participants p = new Participants();
    for (int t : match.tokens()) {
      fromToken(g, m, t, t == match.head(), patient(g, match, t), match, p);
    }
    Undergoers.victimsOfEventSubject(g, m, match.head(), p);
    Undergoers.targetOf(g, m, match.head(), p);
    if (p.actors.isEmpty()) {
      ClaimedActs.claimant(g, m, match.head(), p); // "the group claimed responsibility for the bombing"
    }
    boolean passiveAdjunct = Undergoers.passiveAdjunct(g, m, match.head(), p);
    if (match.entry().flags().contains(LexiconEntry.Flag.COMPLEMENT_TARGET)) {
      for (int t : match.tokens()) {
        for (int c : g.childrenBy(t, "ccomp")) {
          for (int s : g.childrenBy(c, "nsubj")) {
            PhraseExpansion.expand(g, m, s, p, false);
          }
        }
        for (int s : t == match.head() ? List.<Integer>of() : g.childrenBy(t, "nsubj")) {
          PhraseExpansion.expand(g, m, s, p, false); // the named thing of a small clause: "called [the raid] a crime"
        }
      }
    }
    if (match.entry().flags().contains(LexiconEntry.Flag.SUBJ_TARGET)) {
      p.doersJudged(); // "[the regime] treats [journalists] with contempt": the judged is the subject
      ReportedSpeaker.find(g, m, match.head(), p);
    }
    boolean background = background(g, match.head()) && conflict(match.entry());
    boolean own = background || match.entry().flags().contains(LexiconEntry.Flag.REVERSED)
        || SufferedHarms.BUNDLED.ownSubject(g, match); // "was in hospital after a bullet hit him"
    boolean undergoer = !g.childrenBy(match.head(), "nsubj:pass").isEmpty() // "but was arrested"
        && (!g.childrenBy(match.head(), "aux:pass").isEmpty() || g.token(match.head()).pos().equals("VBN"));
    if (p.actors.isEmpty() && !own && !passiveAdjunct && !undergoer) {
      governorSubject(g, m, match.head(), p, triggers);
    }
    if (p.actors.isEmpty() && !own && !p.unnamedAttacker && !passiveOrReduced(g, match.head())) {
      SurfaceArguments.actor(g, m, match.first(), p);
    }
    if (p.recipients.isEmpty() && !match.entry().symmetric()) {
      NestedRecipients.complement(g, m, match.head(), p, 0);
    }
    if (p.recipients.isEmpty() && !match.entry().symmetric()) {
      NestedRecipients.looseRelative(g, m, match.head(), p); // "rejected the plan the Front had sent"
    }
    if (p.recipients.isEmpty() && !match.entry().symmetric()) {
      SurfaceArguments.recipient(g, m, match, p);
    }
    if (match.entry().flags().contains(LexiconEntry.Flag.REVERSED)) {
      reverse(g, m, match, p);
    }
    if (match.entry().symmetric()) {
      p.makeSymmetric();
      if (p.actors.size() < 2 && (!background || preposition(g, match.head()).equals("during"))) {
        obliqueHost(g, m, match.head(), p); // "agreed during a call with Trump": both took part
      }
      if (p.actors.size() < 2 && !own) {
        SubjectlessClauses.participleHost(g, m, match.head(), p); // "After meeting with Kenyan police, the FBI chief said"
      }
      if (p.actors.size() < 2) {
        SurfaceArguments.dashPartner(g, m, p);
      }
    }
    NounModifiers.settle(p); // "Turkey began a military offensive": not also the scene's army
    NamingRule.dropComplementRecipients(g, match, p); // "called the strike a violation of [Iraqi] sovereignty"
    p.dedupe("ACCUSE".equals(match.entry().event()));
    return p;
  }

  /**
   * A trigger noun that is the object or oblique of the trigger's own verb, not a light one: what
   * the act is done to or asks for ("opposed [Macron's statement]", "called for [Ruiz's
   * resignation]"), whose author is the recipient, not the actor.
   */
  private static boolean patient(SentenceGraph g, TriggerMatcher.Match match, int t) {
    Dependency h = g.head(t);
    return t != match.head() && g.token(t).isNoun() && h != null && h.governor() == match.head()
        && (h.relation().equals("obj") || h.relation().startsWith("obl")
            || h.relation().equals("nsubj:pass") && DONE_TO_OWNER.contains(match.entry().event()))
        && !LIGHT.contains(g.lemma(match.head()));
  }

  private void fromToken(SentenceGraph g, Mentions m, int t, boolean head, boolean patient,
      TriggerMatcher.Match match, Participants p) {
    LexiconEntry entry = match.entry();
    boolean symmetric = entry.symmetric();
    boolean agree = entry.event().equals("AGREE") // "was invited": addressed (a reversed entry turns it itself)
        && (entry.flags().contains(LexiconEntry.Flag.REVERSED) || !ADDRESSED.contains(g.lemma(t)));
    boolean noun = g.token(t).isNoun();
    boolean subjects = head;
    boolean felt = EXPERIENCER.contains(g.lemma(t)); // "Kenya was dismayed by the decision"
    boolean holder = noun && HOLDERS.contains(g.lemma(t));
    for (Dependency d : g.children(t)) {
      // "X is to be sentenced", "X is expected to be charged": the controlled passive subject (h98)
      String rel = d.relation().equals(CONTROLLED_PASSIVE) ? "nsubj:pass" : d.relation();
      int c = d.dependent();
      if (!subjects && (rel.startsWith("nsubj") || rel.equals("obl:agent"))) {
        continue;
      }
      if (holder && HELD_BY.contains(rel)) {
        PhraseExpansion.expand(g, m, c, p, true); // "police custody", "the custody of the army": who holds
      } else if (noun && rel.equals("nmod:poss") && undergoer(g, t)) {
        PhraseExpansion.expand(g, m, c, p, false); // "his murder", "Khashoggi's arrest": who underwent it
      } else if (felt && (rel.equals("nsubj:pass") || rel.equals("obl:agent"))) {
        PhraseExpansion.expand(g, m, c, p, rel.equals("nsubj:pass")); // who feels it acts; what caused it is the target
      } else if (rel.equals("nsubj") || rel.equals("nsubj:xsubj") || rel.equals("obl:agent")
          || (noun && (rel.equals("nmod:poss") || rel.equals("nmod:agent") || rel.equals("nmod:by")))
          || (rel.equals("obl:by") && isPassive(g, t))) {
        PhraseExpansion.expand(g, m, c, p, !patient);
      } else if (rel.equals("nsubj:pass") && (agree || STATIVE.contains(g.lemma(t))
          || agentiveOwnNoun(g, match, c))) {
        PhraseExpansion.expand(g, m, c, p, true);
      } else if (rel.equals("nsubj:pass") || rel.equals("obj") || rel.equals("iobj")) {
        if (entry.flags().contains(LexiconEntry.Flag.TOPIC)) {
          continue; // "discussed Ukraine and Iran": topics, not participants
        }
        int before = p.recipients.size();
        PhraseExpansion.expand(g, m, c, p, false);
        NestedRecipients.objectTargets(g, m, c, p);
        if (entry.event().equals("ASSAULT")) {
          NestedRecipients.aimedAtFrom(g, m, c, p); // "fired missiles targeting American troops"
        }
        if (entry.event().equals("ASSAULT") && p.recipients.size() == before && !NestedRecipients.sited(g, m, c, p)) {
          NestedRecipients.sited(g, m, t, p); // "shelled villages in Ukraine", "shelled villages there in Ukraine"
        }
      } else if (rel.startsWith("obl:") || (noun && rel.startsWith("nmod:"))) {
        String prep = rel.substring(rel.indexOf(':') + 1);
        if (prep.equals("against") && COOPERATIVE.contains(entry.event())) {
          continue; // "backed the government against the rebels": the opponent is no recipient
        }
        if (prep.equals("to") && PENALTIES.contains(g.lemma(c))) {
          continue; // "sentenced to prison", "condemned to death": the penalty, no recipient
        }
        if (HOLDERS.contains(g.lemma(c))) {
          PhraseExpansion.expand(g, m, c, p, true); // "taken into the custody of the army"
          continue;
        }
        if (prep.equals("of") && noun && undergone(g, t, entry)) {
          PhraseExpansion.expand(g, m, c, p, false); // "the arrest of two reporters"
          continue;
        }
        if (prep.equals("by") && !symmetric && !isPassive(g, t) && !g.childrenBy(t, "obj").isEmpty()) {
          PhraseExpansion.expand(g, m, c, p, false); // "attacked the proclamation by X": its author
        } else if (symmetric ? SYMMETRIC_PREPS.contains(prep) : TARGET_PREPS.contains(prep) || backs(entry, prep)) {
          int before = p.recipients.size();
          PhraseExpansion.expand(g, m, c, p, symmetric && SYMMETRIC_PREPS.contains(prep));
          if (prep.equals("for") && entry.event().equals("REQUEST") && p.recipients.size() == before) {
            IndirectRecipients.askedFrom(g, m, c, p); // "asked for an explanation from Belarus"
          }
          if (p.recipients.size() == before) {
            IndirectRecipients.author(g, m, c, p); // "voiced support for a proposal put forward by Laos"
          }
          if (noun && prep.equals("on") && p.recipients.size() == before
              && !NestedRecipients.destination(g, m, c, p) // "a ban on imports from Uganda"
              && entry.event().equals("ASSAULT") && !NestedRecipients.sited(g, m, c, p)) {
            NestedRecipients.sited(g, m, t, p); // "an attack on oil facilities in Kuwait"
          }
        }
      } else if (NounModifiers.add(g, m, t, rel, c, subjects, p)) {
        continue; // "Russian sanctions", "a police raid"; not "a military offensive" (the kind of act)
      } else if (noun && (rel.startsWith("acl"))) {
        relativeClause(g, m, c, p, !patient); // "rejected the offer the rebels made": its maker undergoes it
      }
    }
    if (noun && !(background(g, t) && conflict(entry))) {
      lightVerb(g, m, t, p);
      NestedRecipients.placedUnder(g, m, t, p); // "placed him under house arrest"
    }
  }

  /**
   * Whether the possessor of event noun {@code t} underwent the event ({@code patient-noun}: "his
   * murder", "her arrest"), which it did not when an "of" phrase names who did ("Iran's arrest of
   * two sailors").
   */
  private static boolean undergoer(SentenceGraph g, int t) {
    return UNDERGONE.contains(g.lemma(t)) && g.childrenBy(t, "nmod:of").isEmpty();
  }

  /**
   * Whether the "of" phrase of event noun {@code t} names who undergoes it: a {@code patient-noun}
   * ("the arrest of two reporters") or a noun of a type done to someone ("the shelling of Kharkiv",
   * "criticism of the verdict"), unlike "the visit of the president", "the resignation of".
   */
  private static boolean undergone(SentenceGraph g, int t, LexiconEntry entry) {
    return UNDERGONE.contains(g.lemma(t)) || DONE_TO.contains(entry.event());
  }

  /**
   * Whether {@code c}, the passive subject of the trigger's verb, is a noun of the trigger itself
   * whose "of" phrase or possessor is its doer ("the withdrawal of Russian troops was announced",
   * "the resignation of the premier was announced"), unlike "the release of the prisoners was
   * announced" ({@code patient-noun}) or an act of a type done to someone. (h133)
   */
  private static boolean agentiveOwnNoun(SentenceGraph g, TriggerMatcher.Match match, int c) {
    String lemma = g.lemma(c);
    return g.token(c).isNoun() && !g.childrenBy(c, "nmod:of").isEmpty() && !PhraseExpansion.ofUndergoes(lemma)
        && !DONE_TO.contains(match.entry().event()) && match.covers(c);
  }

  /** Who an event is "claimed by", "attributed to", "blamed on". */
  private static final Set<String> RESPONSIBLE = Set.of("obl:by", "obl:agent", "obl:to", "obl:on");

  /**
   * "phone calls Trump had with Putin", "an attack claimed by Islamic State", "attributed to" or "blamed on" it; not a content clause ("allegations that the government
   * rigged the vote": who is alleged to have done it is no doer of the allegation).
   */
  private void relativeClause(SentenceGraph g, Mentions m, int verb, Participants p, boolean doer) {
    if (!g.childrenBy(verb, "mark").isEmpty()) {
      return;
    }
    NestedRecipients.aimedAt(g, m, verb, p); // "an attack aimed at the rebels"
    boolean claimed = RESPONSIBILITY.contains(g.lemma(verb)); // "an attack claimed by Islamic State"
    for (Dependency d : g.children(verb)) {
      String rel = d.relation();
      if (rel.equals("nsubj") || claimed && RESPONSIBLE.contains(rel)) {
        PhraseExpansion.expand(g, m, d.dependent(), p, doer);
      } else if (d.relation().equals("obl:with") || d.relation().equals("obl:to")) {
        PhraseExpansion.expand(g, m, d.dependent(), p, false);
      }
    }
  }

  /** A nominal trigger as object of a verb ("held talks with"): the verb's subject and obliques. */
  private void lightVerb(SentenceGraph g, Mentions m, int noun, Participants p) {
    Dependency h = g.head(noun);
    if (h == null || !LIGHT.contains(g.lemma(h.governor())) || !(h.relation().equals("obj")
        || h.relation().equals("nsubj:pass") || h.relation().startsWith("obl"))) {
      return;
    }
    int verb = h.governor();
    for (Dependency d : g.children(verb)) {
      String rel = d.relation();
      if (rel.equals("nsubj") || rel.equals("obl:agent")) {
        PhraseExpansion.expand(g, m, d.dependent(), p, true);
      } else if (rel.equals("obl:with") || rel.equals("obl:to") || rel.equals("obl:against")
          || rel.equals("iobj")) {
        PhraseExpansion.expand(g, m, d.dependent(), p, false);
      }
    }
  }

  /**
   * "Putin backed a halt during a phone call with Trump": a symmetric nominal event that is an
   * oblique of a verb has that verb's subject as a participant too. When that verb is the
   * complement of another ("Macron urged Putin to accept a ceasefire during a call"), the
   * governing verb's subject takes part as well (up to two levels of {@code xcomp}).
   */
  private void obliqueHost(SentenceGraph g, Mentions m, int noun, Participants p) {
    Dependency h = g.head(noun);
    if (h == null || !g.token(noun).isNoun() || !h.relation().startsWith("obl") || !g.token(h.governor()).isVerb()) {
      return;
    }
    int verb = h.governor();
    for (int level = 0; level < 3; level++) {
      for (int s : g.childrenBy(verb, "nsubj")) {
        PhraseExpansion.expand(g, m, s, p, true);
      }
      Dependency up = g.head(verb);
      if (up == null || !up.relation().equals("xcomp") || !g.token(up.governor()).isVerb()) {
        return;
      }
      verb = up.governor();
    }
  }

  /**
   * A passive clause, a participle modifying a noun ("aliens ordered out") or a reduced passive
   * clause ("if convicted"): no subject fallback.
   */
  static boolean passiveOrReduced(SentenceGraph g, int t) {
    if (!g.childrenBy(t, "aux:pass").isEmpty() || !g.childrenBy(t, "nsubj:pass").isEmpty()) {
      return true;
    }
    Dependency h = g.head(t);
    return h != null && (h.relation().startsWith("acl") && g.token(t).pos().equals("VBN")
        || h.relation().startsWith("advcl") && Undergoers.reducedPassive(g, t)); // "if convicted"
  }

  private static boolean isPassive(SentenceGraph g, int t) {
    return !g.childrenBy(t, "aux:pass").isEmpty() || g.token(t).pos().equals("VBN");
  }

  /** The subject of the verb this trigger is a complement, conjunct or modifier of. */
  private void governorSubject(SentenceGraph g, Mentions m, int head, Participants p,
      boolean[] triggers) {
    int t = head;
    for (int step = 0; step < 4; step++) {
      Dependency h = g.head(t);
      if (h == null || !climbsToSubject(g, t, h.relation())
          || (step == 0 && g.token(t).isNoun() && triggers[h.governor()])
          || cited(g, t, h)) {
        return;
      }
      int child = t;
      t = h.governor();
      if (SubjectlessClauses.sharedPassive(g, child, h)) {
        return; // "six people were killed and 40 injured": the injured are no doers
      }
      if (sentenceParticiple(g, child, h, p, m)) {
        return;
      }
      if (h.relation().startsWith("acl") && g.token(t).isNoun() && MESSAGES.contains(g.lemma(t))) {
        Dependency up = g.head(t); // "posted a message blaming Iran", "in a statement condemning it, X said": X
        if (up != null && (up.relation().equals("obj") || up.relation().equals("obl:in"))) {
          g.childrenBy(up.governor(), "nsubj").forEach(s -> PhraseExpansion.expand(g, m, s, p, true));
        }
        return;
      }
      if (h.relation().startsWith("acl") && g.token(t).isNoun() && !m.placeNamed(g, t)) {
        PhraseExpansion.expand(g, m, t, p, true); // "groups donated": the modified noun acts; not "roads in Lima demanding"
        if (p.actors.isEmpty() && !VerbTaggedNoun.is(g, t)) { // "the House votes to impeach"
          return; // "sharks attacking swimmers": the doer is named and is no actor
        }
      }
      for (int s : g.childrenBy(t, "nsubj")) {
        PhraseExpansion.expand(g, m, s, p, true);
      }
      if (!p.actors.isEmpty()) {
        return;
      }
    }
  }

  private static final Set<String> DOER_PREPS = Set.of("from", "by", "agent");

  /**
   * "a blast damaged the U.S. embassy, killing 40 people", "gunmen stormed the embassy, killing two":
   * a participle after a comma the parser hung from the main clause's object (or a noun after its
   * preposition) tells of the clause, whose subject did it, never of that object (h135). Adds the
   * clause's subject (none when it is no actor: "a blast") and reports whether it applied.
   */
  private static boolean sentenceParticiple(SentenceGraph g, int participle, Dependency h, Participants p,
      Mentions m) {
    if (!h.relation().equals("acl") || !g.token(h.governor()).isNoun() || participle < 1
        || !g.token(participle).pos().equals("VBG") || !g.token(participle - 1).word().equals(",")) {
      return false;
    }
    Dependency up = g.head(h.governor());
    if (up == null || !(up.relation().equals("obj") || up.relation().startsWith("obl"))
        || !g.token(up.governor()).isVerb()) {
      return false;
    }
    g.childrenBy(up.governor(), "nsubj").forEach(s -> PhraseExpansion.expand(g, m, s, p, true));
    return true;
  }

  /**
   * For reversed entries: the subject found as actor undergoes the event; the doers are those
   * named by "from"/"by" on the verb or its object ("received threats from rebels").
   */
  private void reverse(SentenceGraph g, Mentions m, TriggerMatcher.Match match, Participants p) {
    Participants doers = new Participants();
    List<Integer> holders = new ArrayList<>(List.of(match.head()));
    holders.addAll(g.childrenBy(match.head(), "obj"));
    for (int h : holders) {
      for (Dependency d : g.children(h)) {
        String rel = d.relation();
        int colon = rel.indexOf(':');
        if (colon > 0 && (rel.startsWith("obl") || rel.startsWith("nmod"))
            && DOER_PREPS.contains(rel.substring(colon + 1))) {
          PhraseExpansion.expand(g, m, d.dependent(), doers, true);
        }
      }
    }
    for (int held : g.childrenBy(match.head(), "obl:in")) {
      if (HOLDERS.contains(g.lemma(held))) { // "remained in the custody of the army"
        PhraseExpansion.expand(g, m, held, doers, true);
      }
    }
    List<ActorRef> undergo = new ArrayList<>(p.actors);
    undergo.removeAll(doers.actors);
    p.actors.clear();
    p.recipients.clear(); // the object is what is undergone ("charges", "a loan"), not a party
    p.recipients.addAll(undergo);
    doers.actors.forEach(p::actor);
  }

  /**
   * A conflictual event (CAMEO roots 10-20, quad classes 3 and 4): the kind whose doer, told as
   * background, is someone else ("called for calm after the clashes"), unlike a talk or a call
   * ("agreed to meet again after a phone call").
   */
  private static boolean conflict(LexiconEntry e) {
    String c = e.cameo();
    return c != null && c.length() >= 2 && Character.isDigit(c.charAt(0))
        && Integer.parseInt(c.substring(0, 2)) >= 10;
  }

  /** "threw its weight behind the president": whom support is "behind". */
  private static boolean backs(LexiconEntry e, String prep) {
    return prep.equals("behind") && e.event().equals("SUPPORT");
  }

  /**
   * An event noun under a background preposition ("after the clashes") or suffered by the clause's
   * subject ("lost soldiers in the fighting"): no one else's doing.
   */
  private static boolean background(SentenceGraph g, int head) {
    return g.token(head).isNoun() && BACKGROUND.contains(preposition(g, head))
        || SufferedHarms.BUNDLED.sufferedIn(g, head) // "suffered heavy losses in the fighting"
        || SufferedHarms.BUNDLED.survived(g, head); // "he survived a drone attack"
  }

  /** The preposition of an oblique ("obl:after" → "after"), or "" when {@code t} is none. */
  private static String preposition(SentenceGraph g, int t) {
    Dependency h = g.head(t);
    return h != null && h.relation().startsWith("obl:") ? h.relation().substring(4) : "";
  }

  /**
   * "pointing to the attack on the embassy", "cited the bombing": an event noun that a citing verb
   * ({@code citing-verb}) takes as its object names an act the citer refers to, not its own.
   */
  private static boolean cited(SentenceGraph g, int t, Dependency h) {
    return g.token(t).isNoun() && (h.relation().equals("obj") || h.relation().startsWith("obl"))
        && CITING.contains(g.lemma(h.governor()));
  }

  private static boolean climbsToSubject(SentenceGraph g, int t, String rel) {
    if (rel.equals("xcomp") || rel.startsWith("conj") || rel.startsWith("advcl") || rel.equals("dep")) {
      return true;
    }
    String pos = g.token(t).pos();
    if (rel.startsWith("acl")) {
      return !pos.equals("VBN");
    }
    if (rel.startsWith("obl") || rel.equals("obj")) {
      return pos.equals("VBG") || g.token(t).isNoun();
    }
    return false;
  }

  static boolean isSpeech(String lemma) {
    return SPEECH.contains(lemma);
  }

  static List<String> speechVerbs() {
    return List.copyOf(SPEECH);
  }
}
