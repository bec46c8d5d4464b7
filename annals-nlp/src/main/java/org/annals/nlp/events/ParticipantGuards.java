package org.annals.nlp.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.annals.model.Dependency;
import org.annals.model.Ontology;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Whether the participants found for a trigger can carry an event. The checks, in order:
 * <ul>
 *   <li>a reversed entry ("faced charges") needs its subject, the recipient, to be an actor;
 *   <li>a {@code responsibility-verb} that only modifies a noun, said by nobody ("an attack blamed
 *       on the rebels"), names that act's doer and is no accusation;
 *   <li>an event noun that is the subject of an occurrence verb ({@code occurrence-verb}: "a
 *       protest took place", "clashes broke out", "the bombing killed six") is the event itself
 *       and stands without named participants; one that something was the target of ({@code
 *       target-noun}) stands with that recipient alone;
 *   <li>no participants at all; a nominal or bare dictionary trigger without an actor, except a
 *       dictionary verb in the passive with a patient and no other doer ("the activist was
 *       poisoned"), or only by a weapon ({@code weapon}: "was hit by rockets");
 *   <li>a symmetric event with one side only, of unknown country ("officials discussed");
 *   <li>a judgement of its subject ({@code subj-target}) that nobody is said to pass;
 *   <li>an act whose only object is its doer ({@code reflexive-pronoun}: "shielded themselves"),
 *       or, for an entry flagged {@code not-own}, the doer's own thing ({@code own-possessive}:
 *       "closed its website");
 *   <li>harm ({@code harm-verb}) done only to objects that are no people ({@code person-noun},
 *       {@code count-noun}: "they kill chicks");
 *   <li>a bare dictionary verb acting on a thing ("hit the post"), not on people ({@code
 *       person-noun}: "stabbed two guards");
 *   <li>a nominal trigger that is no event of its own (a topic, a restatement, a count);
 *   <li>a violent act whose named doer is no actor ("the storm killed", "was killed by his
 *       lions"), or an accident or a
 *       disaster ({@code mishap}, {@code disaster}: "a bus crash in Peru killed");
 *   <li>a verb that is only a participle modifying a noun ("their attacking half", "pledged
 *       delegates");
 *   <li>a host without a foreign guest ("received an award");
 *   <li>an entry flagged {@code not-in-disaster} in a sentence naming a natural disaster or an
 *       epidemic ({@code disaster}: "declared a state of emergency as the hurricane approached").
 * </ul>
 *
 * An act with no participant at all codes nothing, except a verb stated with its object in the
 * passive ("the ban was lifted").
 *
 * <p>Immutable; thread-safe.
 */
final class ParticipantGuards {
  private final Ontology ontology;
  private final Set<String> occurrence;
  private final Set<String> persons;
  private final Set<String> disasters;
  private final DisasterScene scene;
  private final Set<String> mishaps;
  private final Set<String> weapons;
  private final Set<String> harmVerbs;
  private final Set<String> counts;
  private final Set<String> reflexives;
  private final Set<String> apolitical;
  private final Set<String> owners;
  private final Set<String> responsibility;

  ParticipantGuards(Ontology ontology, WordLists lists) {
    this.ontology = ontology;
    this.occurrence = lists.get("occurrence-verb");
    this.persons = lists.get("person-noun");
    this.disasters = lists.get("disaster");
    this.scene = new DisasterScene(lists);
    this.mishaps = lists.get("mishap");
    this.weapons = lists.get("weapon");
    this.harmVerbs = lists.get("harm-verb");
    this.counts = lists.get("count-noun");
    this.reflexives = lists.get("reflexive-pronoun");
    this.apolitical = lists.get("apolitical-actor");
    this.owners = lists.get("own-possessive");
    this.responsibility = lists.get("responsibility-verb");
  }

  /**
   * Whether the participants found cannot carry the event of {@code m}; {@code disasterScene}:
   * the article's lead names a disaster ({@link DisasterScene#lead}).
   */
  boolean unsupported(SentenceGraph g, TriggerMatcher.Match m, Participants p, boolean disasterScene) {
    LexiconEntry entry = m.entry();
    boolean nominal = g.token(m.head()).isNoun();
    if (entry.flags().contains(LexiconEntry.Flag.NOT_IN_DISASTER) && (disasterScene || scene.names(g))) {
      return true;
    }
    boolean answered = CrimeScenes.BUNDLED.answered(g, m);
    if (answered || CrimeScenes.BUNDLED.confessed(g, m)) { // h95: "confessed to killing" none;
      return !(answered && CrimeScenes.toldFirst(g, m)); // "reports of a shooting" the attack
    }
    if (nominal && occurring(g, m.head())) {
      return restatement(g, m.head());
    }
    if (nominal && targetOf(g, m.head())) {
      return p.recipients.isEmpty(); // "the consulate was the target of a rocket attack"
    }
    if (entry.flags().contains(LexiconEntry.Flag.REVERSED)) {
      return p.recipients.isEmpty(); // "faced charges": the subject must be an actor
    }
    if (p.actors.isEmpty() && attributedAct(g, m.head())) {
      return true; // "a bombing blamed on the rebels": who did the bombing, said by nobody
    }
    boolean agentive = entry.flags().contains(LexiconEntry.Flag.AGENTIVE);
    if (p.isEmpty() && !statedMeasure(g, m) || (nominal && p.actors.isEmpty() && !p.unnamedAttacker)
        || (agentive && p.actors.isEmpty() && !undergone(g, m.head()))) {
      return true;
    }
    boolean pair = entry.symmetric() && p.actors.size() >= 2;
    if (entry.symmetric() && !pair && p.recipients.isEmpty()
        && p.actors.stream().allMatch(a -> a.country() == null)) {
      return true; // "officials discussed": a meeting needs a second side, or a known first one
    }
    if (agentive && p.recipients.isEmpty() && !pair && thingObject(g, m.head())) {
      return true;
    }
    boolean predicate = entry.flags().contains(LexiconEntry.Flag.SUBJ_TARGET); // "X was a mistake"
    if (nominal && !predicate && (!anchored(g, m.head()) || restatement(g, m.head()))) {
      return true;
    }
    if (repeated(g, m.head())) {
      return true;
    }
    if (entry.flags().contains(LexiconEntry.Flag.SUBJ_TARGET) && p.actors.isEmpty()) {
      return true; // "the regime treats its citizens with contempt", said by nobody: the writer's view
    }
    int quad = ontology.cameo(entry.cameo()).map(Ontology.CameoCode::quadClass).orElse(0);
    boolean material = quad == 4;
    if (quad < 4 && !p.isEmpty() && (allApolitical(g, p) || privateParties(p))) {
      return true; // "firefighters asked neighbouring brigades for pumps", "singers paid tribute"
    }
    if (entry.flags().contains(LexiconEntry.Flag.BARE_VERB) && weakBareVerb(p, pair, quad)) {
      return true; // "teachers attended the fair", "winners were awarded laptops", "she took it on"
    }
    List<Integer> objects = g.childrenBy(m.head(), "obj");
    if (!entry.symmetric() && p.recipients.isEmpty() && !objects.isEmpty()
        && objects.stream().allMatch(o -> reflexives.contains(g.lower(o)))) {
      return true; // "shielded themselves", "killed himself": the doer acts on itself
    }
    if (entry.flags().contains(LexiconEntry.Flag.NOT_OWN) && ownObjects(g, m.head())) {
      return true; // "the company closed its website": what one does to one's own is no coercion
    }
    if (harmVerbs.contains(g.lemma(m.head())) && p.recipients.isEmpty() && harmsNoPerson(g, m.head())) {
      return true; // "they kill chicks": harm to animals or things is no political violence
    }
    if (g.token(m.head()).isVerb() && modifier(g, m.head())) {
      return true; // a participle that only modifies a noun: "their attacking half", "pledged delegates"
    }
    if (!nominal && material && (p.actors.isEmpty() && namedDoer(g, m.head()) && !byMeans(g, m.head())
        || causedByMishap(g, m.head()) || byNonActor(g, m.head(), p))) {
      return true;
    }
    return entry.flags().contains(LexiconEntry.Flag.NEEDS_RECIPIENT) && !entry.symmetric()
        && p.recipients.stream().noneMatch(p::foreign);
  }

  /**
   * Whether the doer of the verb's clause is an accident or a disaster ("a bus crash in Peru
   * killed", "a tornado struck, injuring"): the subject of the verb, or of the clause a subjectless
   * participle or conjunct hangs from, or of the clause the parser made its subject or hung it
   * from ("a crash followed by a fire killed" is parsed as a clause, "a crash followed", as the
   * subject of "killed", or as the crash following that the fire killed); or an adverbial clause
   * of the verb, or the clause it hangs from, that is itself the mishap or the disaster ("were
   * killed when the plane crashed", "has infected 200 people and killed three").
   */
  private boolean causedByMishap(SentenceGraph g, int verb) {
    for (Dependency d : g.children(verb)) { // "were killed when a bomber crashed"
      if (d.relation().startsWith("advcl")
          && accident(g.lemma(d.dependent()))) {
        return true;
      }
    }
    for (Dependency up : g.heads(verb)) { // "it has infected 200 people and killed three"
      if ((up.relation().startsWith("conj") || up.relation().startsWith("advcl"))
          && accident(g.lemma(up.governor()))) {
        return true;
      }
    }
    int v = verb;
    for (int hop = 0; hop < 3; hop++) {
      List<Integer> subjects = new java.util.ArrayList<>(g.childrenBy(v, "nsubj"));
      g.childrenBy(v, "csubj").forEach(c -> subjects.addAll(g.childrenBy(c, "nsubj")));
      if (!subjects.isEmpty()) {
        String lemma = g.lemma(subjects.get(0));
        return accident(lemma);
      }
      Dependency h = g.head(v);
      if (h == null || !(h.relation().startsWith("advcl") || h.relation().startsWith("conj")
          || h.relation().equals("xcomp") || h.relation().equals("dep")
          || h.relation().equals("ccomp"))) {
        return false;
      }
      v = h.governor();
    }
    return false;
  }

  /** Whether a word names an accident or a disaster ({@code mishap}, {@code disaster}). */
  private boolean accident(String lemma) {
    return mishaps.contains(lemma) || disasters.contains(lemma);
  }

  /** The doers a passive verb names with "by". */
  static List<Integer> byDoers(SentenceGraph g, int verb) {
    List<Integer> doers = new java.util.ArrayList<>(g.childrenBy(verb, "obl:agent"));
    doers.addAll(g.childrenBy(verb, "obl:by"));
    return doers;
  }

  /**
   * Whether a passive verb's doer, named by "by", is no actor ("was killed by his lions", "was
   * struck by a lorry"): a by-phrase whose head is no person or organisation by the NER, no
   * pronoun, no weapon ({@code weapon}: "hit by rockets" is an attack by someone unnamed), and
   * lies, with its conjuncts, in no actor found.
   */
  private boolean byNonActor(SentenceGraph g, int verb, Participants p) {
    if (g.childrenBy(verb, "nsubj:pass").isEmpty()) {
      return false;
    }
    List<Integer> doers = byDoers(g, verb);
    for (int d : doers) {
      String ner = g.token(d).ner();
      boolean someone = g.token(d).pos().startsWith("PRP") || ner.equals("PERSON")
          || ner.equals("ORGANIZATION") || weapons.contains(g.lemma(d));
      if (!someone && !inActor(g, d, p)
          && g.childrenBy(d, "conj").stream().noneMatch(c -> inActor(g, c, p))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inActor(SentenceGraph g, int token, Participants p) {
    int at = g.token(token).start();
    return p.actors.stream().anyMatch(a -> a.start() <= at && at < a.end());
  }

  /** A participle that only modifies a noun ("their attacking half", "a striking display"). */
  private static boolean modifier(SentenceGraph g, int verb) {
    Dependency h = g.head(verb);
    return h != null && h.relation().equals("amod");
  }

  /**
   * Whether the trigger is a verb and its object, the object being the verb's subject in the
   * passive ("the ban was lifted", "sanctions were imposed"): the act is stated in full though the
   * text names nobody who did it or underwent it, as PLOVER codes it (no source, no target).
   */
  private static boolean statedMeasure(SentenceGraph g, TriggerMatcher.Match m) {
    int v = m.head();
    if (m.tokens().length < 2 || !g.token(v).isVerb() || g.childrenBy(v, "aux:pass").isEmpty()) {
      return false;
    }
    return g.childrenBy(v, "nsubj:pass").stream().anyMatch(m::covers);
  }

  /**
   * Whether the verb names its doer: a subject of its own (active voice), or the noun a
   * participle modifies ("reported bears attacking hikers").
   */
  private static boolean namedDoer(SentenceGraph g, int verb) {
    if (g.children(verb).stream().anyMatch(d -> d.relation().equals("nsubj"))) {
      return true;
    }
    Dependency h = g.head(verb);
    return h != null && h.relation().equals("acl") && g.token(h.governor()).isNoun();
  }

  /**
   * Whether every subject of the verb is a weapon or a violent act ({@code weapon}: "a car bomb
   * killed five soldiers", "an air strike wounded", "a stabbing killed two"): the means is named,
   * the doer is not, as when a passive names no one ("were killed"). Not in a relative clause on
   * the act, which describes it.
   */
  boolean byMeans(SentenceGraph g, int verb) {
    Dependency up = g.head(verb);
    if (up != null && up.relation().startsWith("acl")) {
      return false; // "condemned the attack that killed three": the attack told again, not a harm
    }
    List<Integer> subjects = g.childrenBy(verb, "nsubj");
    return !subjects.isEmpty() && subjects.stream().allMatch(s -> weapons.contains(g.lemma(s))
        || weapons.contains(g.lower(s)));
  }

  /** Objects, all of them the doer's own ({@code own-possessive}: "closed its website"). */
  private boolean ownObjects(SentenceGraph g, int verb) {
    List<Integer> objects = g.childrenBy(verb, "obj");
    return !objects.isEmpty() && objects.stream().allMatch(o -> g.childrenBy(o, "nmod:poss").stream()
        .anyMatch(x -> owners.contains(g.lower(x))));
  }

  /** An event noun that something "was the target of" ({@code target-noun}). */
  static boolean targetOf(SentenceGraph g, int noun) {
    int target = Undergoers.targetNoun(g, noun);
    return target >= 0 && !g.childrenBy(target, "cop").isEmpty();
  }

  /**
   * A passive verb with a subject and no doer named by "by" ("was poisoned", "has been arrested"),
   * or only a weapon ("was hit by rockets"): the patient carries the event.
   */
  private boolean undergone(SentenceGraph g, int verb) {
    List<Integer> doers = byDoers(g, verb);
    return !g.childrenBy(verb, "nsubj:pass").isEmpty()
        && doers.stream().allMatch(d -> weapons.contains(g.lemma(d)));
  }

  /**
   * Whether every participant is named by a word of {@code apolitical-actor} (rescue services,
   * entertainers, athletes, fans): what they ask of or say to each other is no political event.
   */
  private boolean allApolitical(SentenceGraph g, Participants p) {
    return Stream.concat(p.actors.stream(), p.recipients.stream())
        .allMatch(r -> r.text() != null && Arrays.stream(r.text().split("[^\\p{L}-]+"))
            .anyMatch(w -> apolitical.contains(w.toLowerCase(Locale.ROOT))) || namedAsApolitical(g, r));
  }

  /**
   * Whether every participant is a business ("the company apologized for its website", "the firm
   * offered refunds"): talk, promises and gifts among firms are commerce, no political event;
   * violence and coercion (quad class 4) are judged elsewhere. (A person with no sector is no
   * private party here: the resolver leaves the sector of many politicians unknown.)
   */
  private static boolean privateParties(Participants p) {
    return Stream.concat(p.actors.stream(), p.recipients.stream())
        .allMatch(r -> BUSINESS.contains(String.valueOf(r.sector())));
  }

  private static final Set<String> BUSINESS = Set.of("BUS", "MNC");

  /**
   * Whether a dictionary verb matched by its default code alone says too little: as PETRARCH codes
   * only between a source and a target, cooperation (quad classes 1 and 2) needs both sides.
   */
  private static boolean weakBareVerb(Participants p, boolean pair, int quad) {
    return quad <= 2 && !(pair || !p.actors.isEmpty() && !p.recipients.isEmpty());
  }

  /** Relations by which a name is an example or apposition of a noun: "singers such as X", "X, a singer". */
  private static final Set<String> EXAMPLE_OF = Set.of("nmod:such_as", "nmod:including", "nmod:like",
      "appos", "conj:and", "conj");

  /**
   * Whether a person the KB does not know is given as an example or apposition of an apolitical
   * noun ("rock musicians such as A and B paid tribute", "A, a singer").
   */
  private boolean namedAsApolitical(SentenceGraph g, org.annals.model.ActorRef r) {
    if (r.entity() != null) {
      return false;
    }
    int t = -1;
    for (int i = 0; i < g.size() && t < 0; i++) {
      if (g.token(i).start() >= r.start() && g.token(i).end() <= r.end() && g.token(i).isNoun()) {
        t = i;
      }
    }
    for (int depth = 0; t >= 0 && depth < 4; depth++) {
      Dependency h = g.head(t);
      if (h == null || h.governor() < 0) {
        return false;
      }
      if (EXAMPLE_OF.contains(h.relation()) || h.relation().equals("compound")) {
        t = h.governor();
      } else {
        for (int a : g.childrenBy(t, "appos")) {
          if (apolitical.contains(g.lower(a))) {
            return true;
          }
        }
        return false;
      }
      if (apolitical.contains(g.lower(t))) {
        return true;
      }
    }
    return false;
  }

  /** Objects, all common nouns and none of them people or a count of them ("kill chicks"). */
  private boolean harmsNoPerson(SentenceGraph g, int verb) {
    List<Integer> objects = g.childrenBy(verb, "obj");
    return !objects.isEmpty() && objects.stream().allMatch(o -> {
      String pos = g.token(o).pos();
      return (pos.equals("NN") || pos.equals("NNS")) && !persons.contains(g.lemma(o))
          && !counts.contains(g.lemma(o));
    });
  }

  /** An object that is neither people nor a pronoun for them ("hit the post"). */
  private boolean thingObject(SentenceGraph g, int verb) {
    for (int o : g.childrenBy(verb, "obj")) {
      String pos = g.token(o).pos();
      if (!pos.startsWith("PRP") && !persons.contains(g.lemma(o))) {
        return true;
      }
    }
    return false;
  }

  /** An event noun that is the subject of an occurrence verb ("a protest took place"). */
  private boolean occurring(SentenceGraph g, int noun) {
    Dependency h = g.head(noun);
    if (h == null || !h.relation().startsWith("nsubj")) {
      return false;
    }
    int verb = h.governor();
    String lemma = g.lemma(verb);
    if (occurrence.contains(lemma)) {
      return true;
    }
    for (Dependency d : g.children(verb)) {
      boolean particle = d.relation().equals("compound:prt") || d.relation().equals("obj");
      if (particle && occurrence.contains(lemma + " " + g.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ANCHORING_CHILDREN = Set.of(
      "nmod:poss", "nmod:between", "nmod:among", "nmod:with", "nmod:by", "nmod:agent", "acl",
      "acl:relcl");

  /**
   * A {@code responsibility-verb} that only modifies a noun, with no one who attributes ("the
   * attack blamed on the rebels", "a bomb attributed to the group"): it names the doer of that
   * noun (see {@link ArgumentFinder}) and is no accusation of its own.
   */
  private boolean attributedAct(SentenceGraph g, int verb) {
    Dependency h = g.head(verb);
    return h != null && h.relation().equals("acl") && responsibility.contains(g.lemma(verb))
        && g.childrenBy(verb, "obl:agent").isEmpty() && g.childrenBy(verb, "obj").isEmpty(); // a passive
  }

  /**
   * A nominal trigger counts only when it is a clause's subject or object, or names its own
   * participants ("talks between", "Russia's attack", "calls Trump had"): "a role in the Sudan
   * peace talks" is a topic, not an event.
   */
  private static boolean anchored(SentenceGraph g, int noun) {
    Dependency h = g.head(noun);
    if (h == null || h.relation().equals("root") || h.relation().startsWith("nsubj")
        || h.relation().equals("obj") || h.relation().startsWith("conj")
        || h.relation().equals("appos") || h.relation().equals("dep")
        || ClaimedActs.claimed(g, noun)) { // "took responsibility for the attack"
      return true;
    }
    for (Dependency d : g.children(noun)) {
      if (ANCHORING_CHILDREN.contains(d.relation())) {
        return true;
      }
    }
    return h.relation().startsWith("obl") && g.token(h.governor()).isVerb();
  }

  /**
   * A nominal trigger that only describes another mention: the predicate of "it was the seventh
   * call" or "the call was the third this year" (a copula with a subject), or a count of several
   * events ("after six phone calls").
   */
  private static boolean restatement(SentenceGraph g, int noun) {
    boolean cop = !g.childrenBy(noun, "cop").isEmpty();
    if (cop && !g.childrenBy(noun, "nsubj").isEmpty()) {
      return true;
    }
    if (!g.token(noun).pos().equals("NNS")) {
      return false;
    }
    for (int n : g.childrenBy(noun, "nummod")) {
      if (!g.lower(n).equals("one") && !g.lower(n).equals("1")) {
        return true;
      }
    }
    return false;
  }

  /** "had spoken by phone six times": several events summed up, not one. */
  private static boolean repeated(SentenceGraph g, int head) {
    for (Dependency d : g.children(head)) {
      int t = d.dependent();
      if (g.lemma(t).equals("time") && g.token(t).pos().equals("NNS")
          && !g.childrenBy(t, "nummod").isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
