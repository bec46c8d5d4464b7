package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Reads the clause of an event trigger in a sentence's dependency parse: the verb that heads it,
 * its temporal modifiers, the "during the call" noun, past-time adverbs and the perfect. A view
 * over one immutable sentence; thread-safe.
 */
final class Clause {
  /** Relations that attach a time modifier to its verb (UD v2 as CoreNLP writes them). */
  private static final Set<String> TEMPORAL = Set.of("obl:tmod", "nmod:tmod", "obl:on", "obl:in", "obl:at",
      "obl:npmod", "advmod", "obl:during", "obl:after", "obl:before", "obl:since", "obl:by", "obl:until",
      "obl:of", "obl", "nmod:on", "nmod:in");
  /** Modifiers that name a time ("on Friday", "last week", "in June"), for a noun's own clause. */
  private static final Set<String> DATED = Set.of("obl:tmod", "nmod:tmod", "obl:on", "obl:in",
      "obl:npmod");
  /** Adverbs that put an event before the publication date. */
  static final Set<String> PAST_ADVERBS = Set.of("previously", "recently", "earlier", "already", "formerly",
      "once", "repeatedly", "long");

  private static final Set<String> SPEECH_VERBS = TimeWords.get("speech-verb");
  private final Sentence sentence;
  private final int head;

  private Clause(Sentence sentence, int head) {
    this.sentence = sentence;
    this.head = head;
  }

  /** The clause of the trigger token: a nominal trigger of a light verb uses that verb. */
  static Clause of(Sentence s, int trigger) {
    int h = trigger;
    Token t = s.tokens().get(trigger);
    if (t.isNoun()) {
      Optional<Integer> own = ownDatedClause(s, trigger);
      if (own.isPresent()) {
        return new Clause(s, own.get());
      }
      Optional<Dependency> up = s.headOf(trigger);
      if (up.isPresent() && !up.get().isRoot() && up.get().relation().matches("obj|nsubj.*|obl.*")
          && s.tokens().get(up.get().governor()).isVerb()) {
        h = up.get().governor();
      }
    }
    return new Clause(s, h);
  }

  int head() {
    return head;
  }

  /**
   * "talks between Russia and Ukraine ended on Friday", "talks that opened on Monday": a nominal
   * trigger's own clause (a verb attached to it as {@code acl}) that carries a time modifier says
   * when the event happened, before the clause the noun sits in ("will speak in the coming days,
   * after talks ... ended on Friday").
   */
  private static Optional<Integer> ownDatedClause(Sentence s, int noun) {
    for (Dependency d : s.dependentsOf(noun)) {
      if (d.relation().startsWith("acl") && s.tokens().get(d.dependent()).isVerb()
          && s.dependentsOf(d.dependent()).stream().anyMatch(x -> DATED.contains(x.relation()))) {
        return Optional.of(d.dependent());
      }
    }
    return Optional.empty();
  }

  /**
   * The clause this one is the complement or adverbial clause of ("reiterated that X was to
   * blame"), or the main clause of a trailing participle ("issued a ruling, finding ...").
   */
  Optional<Clause> outer() {
    return sentence.headOf(head)
        .filter(d -> !d.isRoot() && (d.relation().matches("ccomp|xcomp|advcl.*")
            || (d.relation().equals("dep") && participle(sentence.tokens().get(head)))
            || d.relation().equals("parataxis") && reportedWithoutThat(d.governor())))
        .map(d -> new Clause(sentence, d.relation().equals("dep")
            ? pastRelative(afterComma() ? complementHost(d.governor()) : d.governor())
            : trailingParticiple() ? complementHost(d.governor()) : d.governor()));
  }

  /**
   * "Police announced on Sunday they were treating it as terrorism": a clause the parser hangs as
   * {@code parataxis} right after a reporting verb (list {@code speech-verb} of time-words.tsv), with
   * no quotation mark, colon or semicolon between them, is its complement without "that".
   */
  private boolean reportedWithoutThat(int verb) {
    if (verb >= head || !SPEECH_VERBS.contains(sentence.tokens().get(verb).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int t = verb + 1; t < head; t++) {
      String w = sentence.tokens().get(t).word();
      if (w.matches("[\"'`:;\u201c\u201d\u2018\u2019]+|''|``|-+|--")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the lawyer who represented her in her lawsuit": a clause inside a relative clause (or a later
   * conjunct of one) tells background on a participant, not what the sentence's opening time phrase
   * is about.
   */
  boolean background() {
    int h = head;
    for (int step = 0; step < 4; step++) {
      Optional<Dependency> up = sentence.headOf(h);
      if (up.isEmpty() || up.get().isRoot()) {
        return false;
      }
      String rel = up.get().relation();
      if (rel.equals("acl:relcl")) {
        return true;
      }
      if (!rel.startsWith("conj")) {
        return false;
      }
      h = up.get().governor();
    }
    return false;
  }

  private boolean afterComma() {
    return head > 0 && sentence.tokens().get(head - 1).word().equals(",");
  }

  /** ", blaming …": a present participle set off by a comma with no conjunction of its own. */
  private boolean trailingParticiple() {
    return afterComma() && sentence.tokens().get(head).pos().equals("VBG")
        && sentence.dependentsOf(head).stream().noneMatch(d -> d.relation().equals("mark"));
  }

  /**
   * "officials admitted that the army had shot down the plane, blaming a radar failure": a trailing
   * participle the parser hangs from a complement clause (a {@code ccomp}, or a clause with a subject
   * or an auxiliary of its own left as a bare {@code dep}) tells what the speaker did, so its main clause is the one
   * that complement belongs to (issue 13).
   */
  private int complementHost(int verb) {
    return sentence.headOf(verb).filter(d -> !d.isRoot() && (d.relation().equals("ccomp")
            || d.relation().equals("dep") && sentence.tokens().get(d.governor()).isVerb() && ownAuxiliaries(verb)))
        .map(Dependency::governor).orElse(verb);
  }


  /**
   * "issued an opinion on the suspension, which went into effect on Tuesday, finding it unlawful":
   * a trailing participle the parser hangs from a relative clause belongs to the clause of the
   * relative clause's noun (the verb above it), not to the relative clause.
   */
  private int pastRelative(int verb) {
    Optional<Dependency> rel = sentence.headOf(verb).filter(d -> d.relation().equals("acl:relcl"));
    if (rel.isEmpty()) {
      return verb;
    }
    int cur = rel.get().governor();
    for (int guard = 0; guard < sentence.tokens().size() && cur >= 0; guard++) {
      if (sentence.tokens().get(cur).isVerb()) {
        return cur;
      }
      cur = sentence.headOf(cur).filter(d -> !d.isRoot()).map(Dependency::governor).orElse(-1);
    }
    return verb;
  }

  /** "..., finding it unlawful": a participle the parser left as a bare {@code dep} of the main verb. */
  private static boolean participle(Token t) {
    return t.pos().equals("VBG") || t.pos().equals("VBN");
  }

  /** The head and the verbs it is coordinated with as a later conjunct ("threatened ... and pledged"). */
  List<Integer> heads() {
    List<Integer> out = new ArrayList<>(List.of(head));
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() == head && d.relation().startsWith("conj") && d.governor() >= 0) {
        out.add(d.governor());
      }
    }
    return out;
  }

  /** Dependents of the clause heads attached by a temporal relation, nearest first. */
  List<Dependency> temporalDependents() {
    List<Dependency> out = new ArrayList<>();
    for (int h : heads()) {
      for (Dependency d : sentence.dependentsOf(h)) {
        if (TEMPORAL.contains(d.relation())) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** The noun of an "obl:during" modifier ("during the conversation"), if any. */
  Optional<Integer> duringNoun() {
    return temporalDependents().stream().filter(d -> d.relation().equals("obl:during"))
        .map(Dependency::dependent).findFirst();
  }

  /** A past-time adverb of the clause ("previously", "recently"), or "recent" on its noun. */
  Optional<Token> pastAdverb(int trigger) {
    for (Dependency d : temporalDependents()) {
      Token t = sentence.tokens().get(d.dependent());
      if (d.relation().equals("advmod") && PAST_ADVERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return Optional.of(t);
      }
    }
    return recentNoun(trigger);
  }

  /**
   * "recent agreements reached": the noun a participial trigger modifies carries "recent" (by the
   * parse, or in the noun phrase just before the trigger when the parse leaves it unattached).
   */
  private Optional<Token> recentNoun(int trigger) {
    for (int i = trigger - 1; i >= 0; i--) {
      Token t = sentence.tokens().get(i);
      if (!t.isNoun() && !t.pos().startsWith("JJ")) {
        break;
      }
      if (t.lemma().equalsIgnoreCase("recent")) {
        return Optional.of(t);
      }
    }
    List<Integer> nouns = new ArrayList<>(List.of(trigger));
    sentence.headOf(trigger).filter(d -> d.relation().startsWith("acl") && d.governor() >= 0)
        .ifPresent(d -> nouns.add(d.governor()));
    for (int n : nouns) {
      for (Dependency d : sentence.dependentsOf(n)) {
        Token t = sentence.tokens().get(d.dependent());
        if (d.relation().equals("amod") && t.lemma().equalsIgnoreCase("recent")) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The perfect ("has threatened", "having expressed", "had given"): an auxiliary "have" on a past
   * participle head. "have to stop" is no perfect, and a later conjunct with an auxiliary or
   * subject of its own ("had given ..., but the deadline was not met") does not take the first
   * conjunct's.
   */
  boolean perfect() {
    List<Integer> heads = ownAuxiliaries(head) ? List.of(head) : heads();
    for (int h : heads) {
      for (Dependency d : sentence.dependentsOf(h)) {
        if (d.relation().equals("aux") && "have".equals(sentence.tokens().get(d.dependent()).lemma())
            && pastParticiple(h)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A past participle, or a word with "been" ("has been critical"); a participle the tagger took for
   * a past-tense verb after "had" ("had "mistakenly" shot down", issue 13) counts too.
   */
  private boolean pastParticiple(int h) {
    String pos = sentence.tokens().get(h).pos();
    return pos.equals("VBN") || pos.equals("VBD") || sentence.dependentsOf(h).stream()
        .anyMatch(d -> sentence.tokens().get(d.dependent()).pos().equals("VBN")
            && "be".equals(sentence.tokens().get(d.dependent()).lemma()));
  }

  /**
   * "the army had "mistakenly" shot down": "had" just before the word (over adverbs and quotes),
   * read on the tokens, as the parser may take "had" for the main verb. The pluperfect tells of a
   * time before the one its sentence is about.
   */
  static boolean hadBefore(Sentence s, int token) {
    for (int i = token - 1; i >= Math.max(0, token - 4); i--) {
      Token t = s.tokens().get(i);
      if (t.word().equalsIgnoreCase("had")) {
        return s.tokens().get(token).pos().matches("VBN|VBD");
      }
      if (!(t.pos().startsWith("RB") || t.pos().equals("``") || t.pos().equals("''"))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the verb has an auxiliary or a subject of its own. */
  private boolean ownAuxiliaries(int verb) {
    return sentence.dependentsOf(verb).stream()
        .anyMatch(d -> d.relation().startsWith("aux") || d.relation().startsWith("nsubj"));
  }

  /** Whether token {@code t} lies in this clause: its chain of heads reaches the clause head
   * before any other verb. */
  boolean contains(int t) {
    int cur = t;
    for (int guard = 0; guard < sentence.tokens().size() && cur >= 0; guard++) {
      if (heads().contains(cur)) {
        return true;
      }
      if (cur != t && sentence.tokens().get(cur).isVerb()) {
        return false;
      }
      cur = sentence.headOf(cur).map(Dependency::governor).orElse(-1);
    }
    return false;
  }
}
