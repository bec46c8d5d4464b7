package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.Ontology;
import org.annals.nlp.text.WordLists;

/**
 * One lexicon entry: a trigger pattern and the PLOVER type/mode/context and CAMEO code it codes.
 * Immutable.
 *
 * @param id stable entry id (provenance: {@code lexicon:<id>}); a user entry with the same id
 *     replaces the bundled one
 * @param pattern the trigger elements in order
 * @param source file and line the entry came from, for error messages
 */
public record LexiconEntry(
    String id, List<Element> pattern, String event, String mode, List<String> context,
    String cameo, Set<Flag> flags, String source) {

  /** Entry flags (column 7). */
  public enum Flag {
    /** Both sides act: all participants are actors, no recipients ("X and Y spoke"). */
    SYMMETRIC,
    /** The grammatical subject is the target; the actor is the speaker ("the West was to blame"). */
    SUBJ_TARGET,
    /** The subject of the trigger's that-clause is the target ("demanded that Hamas renounce"). */
    COMPLEMENT_TARGET,
    /**
     * The object is a topic, not a participant ("discussed Ukraine"), and the event is the same
     * as a trigger of its type it elaborates ("spoke by phone, discussing ...").
     */
    TOPIC,
    /**
     * The event needs an actor (a participant that acts), not only a recipient: set on the CAMEO
     * dictionary's verb defaults, where the bare verb is weak evidence ("a bat struck her").
     */
    AGENTIVE,
    /**
     * A CAMEO dictionary verb matched by its default code alone, no pattern: the bare verb is weak
     * evidence ("attended the fair", "were awarded laptops"), so, as PETRARCH codes only between a
     * source and a target, cooperation (quad classes 1 and 2) needs both an actor and a recipient.
     */
    BARE_VERB,
    /**
     * The event needs a recipient of another country than its actors: "hosted the Malaysian
     * premier", not "received an award" nor "flew to Washington" (said of the US president).
     */
    NEEDS_RECIPIENT,
    /**
     * The phrase codes nothing in a sentence that names a natural disaster or an epidemic (word
     * list {@code disaster}): a state of emergency declared for a hurricane is no coercion.
     */
    NOT_IN_DISASTER,
    /**
     * The grammatical subject undergoes the event and the doer is named, if at all, by "from" or
     * "by" ("faced charges", "received threats from rebels"); the CAMEO dictionary's {@code [:X]}.
     */
    REVERSED,
    /**
     * An order: when it names no recipient of another country, the event is what was ordered,
     * done by whoever ordered it ("ordered troops to withdraw" is a RETREAT by the orderer), and
     * nothing when what was ordered codes nothing; "ordered Iran to pay" stays a demand.
     */
    DELEGATES,
    /**
     * When the text names no actor, the event's actor is the crowd that took part: civilians of
     * a country the text does not say ("protests filled the streets", "a riot broke out").
     */
    CROWD,
    /**
     * When the text names no recipient, the people of the place the event happened in are: "imposed
     * a curfew in the town of Gao", "lifted the state of emergency in Kashmir" (civilians of the
     * place's country).
     */
    PLACE_TARGET,
    /**
     * The phrase codes nothing when what it acts on is the doer's own ("its"): "the company
     * closed its website" is no censorship, "the army shut down the station" is.
     */
    NOT_OWN,
    /**
     * A promise: what is promised, when it is an act one threatens with (a protest, an attack, a
     * sanction), makes the promise a threat ("vowed to retaliate", "promised strikes every week"),
     * coded with the {@code @embed THREATEN} code of that act.
     */
    VOW,
    /**
     * Misconduct said of the subject ("said the commission had abused its power"): with {@code
     * subj-target}, an accusation by the speaker; it needs a named subject other than the speaker
     * and codes nothing when denied ("said he had never broken the law") ({@link AccusedSubject}).
     */
    ACCUSED_SUBJECT,
    /**
     * The act is done to people or to something held: it codes nothing when all it acts on are
     * things that are neither ("released the names", "released funds"; {@link CooperativeTypes}).
     */
    PEOPLE_OBJECT
  }

  /** Part-of-speech restriction of an element. */
  public enum Pos { ANY, VERB, NOUN }

  /**
   * One pattern element: any of {@code forms} (lemma or lower-cased word).
   *
   * @param gapBefore whether up to {@link Lexicon#MAX_GAP} other tokens may precede it
   */
  public record Element(Set<String> forms, Pos pos, boolean gapBefore) {
    public Element {
      forms = Set.copyOf(forms);
    }
  }

  public LexiconEntry {
    pattern = List.copyOf(pattern);
    context = List.copyOf(context);
    flags = Set.copyOf(flags);
  }

  /**
   * The event column of a phrase that looks like a trigger but reports no event ("gave no sign",
   * "gave an interview"): it competes with and consumes tokens like any entry, and codes nothing.
   */
  public static final String NOT_AN_EVENT = "NONE";

  /** Whether this entry is a {@link #NOT_AN_EVENT} phrase. */
  public boolean notAnEvent() {
    return NOT_AN_EVENT.equals(event);
  }

  /**
   * The entry of a built-in rule whose words come from the bundled word lists: one element, coded
   * as the ontology codes CAMEO {@code cameo} (its PLOVER type and mode), no context.
   */
  static LexiconEntry builtIn(String id, Element element, String cameo, Ontology ontology, Set<Flag> flags) {
    Ontology.CameoCode code = ontology.cameo(cameo).orElseThrow(
        () -> new IllegalStateException("ontology lacks CAMEO " + cameo));
    return new LexiconEntry(id, List.of(element), code.ploverEvent(), code.ploverMode(), List.of(),
        cameo, flags, "built-in rule (word lists " + WordLists.BUNDLED + ")");
  }

  public boolean symmetric() {
    return flags.contains(Flag.SYMMETRIC);
  }

  public String rule() {
    return "lexicon:" + id;
  }
}
