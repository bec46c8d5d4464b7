package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.Ontology;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * The boundary between cooperative types that the PLOVER manual draws by what is given up and
 * whether it is only promised (sections CONCEDE and RETREAT), read by {@link Codings} and
 * {@link EventCoder}:
 * <ul>
 *   <li>a commitment ({@code commitment-verb}: "agreed", "promised", "pledged") to a concession
 *       ("agreed to lift the curfew") or to a retreat that gives something up ({@code
 *       conceded-retreat-mode}: "pledged to withdraw its troops", "agreed to step down", "promised
 *       to release the captives") is a CONCEDE, not an AGREE: future concessions and announced
 *       retreats do not reduce to AGREE. An offer or a readiness ("willing to withdraw", "offered
 *       to hand over") stays AGREE, and so does a commitment to let others in (access);
 *   <li>an act announced for the future (modality) that gives up ground, arms or office ({@code
 *       announced-retreat-mode}: "said it would pull its troops out", "said he would resign") is a
 *       CONCEDE, whatever its lexicon mode was named; an announced release stays an intent (AGREE);
 *   <li>a commitment to legal action ("promised to investigate the killing") is that action
 *       announced: an ACCUSE with future modality ({@link #legalCommitment});
 *   <li>a promise is a threat only of a hostile act (quad classes 3 and 4): "vowed to retaliate"
 *       is a THREATEN, "vowed to withdraw" is not;
 *   <li>an entry flagged {@code people-object} ("released", "freed") codes nothing when all it
 *       acts on are things that are neither people ({@code person-noun}) nor a held thing ({@code
 *       released-noun}: a seized tanker, remains), nor a job title (NER): "released the names",
 *       "released funds";
 *   <li>a meeting told by a verb with one side only, whose clause names no second side either
 *       ("the senate was to meet"), is no CONSULT: a meeting needs a second side.
 * </ul>
 * Immutable; thread-safe.
 */
final class CooperativeTypes {
  private final Ontology ontology;
  private final Set<String> commitments;
  private final Set<String> concededModes;
  private final Set<String> announcedModes;
  private final Set<String> persons;
  private final Set<String> held;
  private final Set<String> captivity;

  CooperativeTypes(Ontology ontology, WordLists lists) {
    this.ontology = ontology;
    this.commitments = lists.get("commitment-verb");
    this.concededModes = lists.get("conceded-retreat-mode");
    this.announcedModes = lists.get("announced-retreat-mode");
    this.persons = lists.get("person-noun");
    this.held = lists.get("released-noun");
    this.captivity = lists.get("captivity-verb");
  }

  /**
   * Whether a commitment entry (an AGREE whose trigger is a {@code commitment-verb}) that embeds
   * {@code embedded} commits to a concession or to giving something up.
   */
  boolean concededCommitment(LexiconEntry entry, LexiconEntry embedded) {
    if (embedded == null || !entry.event().equals("AGREE") || entry.pattern().isEmpty()
        || entry.pattern().get(0).forms().stream().noneMatch(commitments::contains)) {
      return false;
    }
    return embedded.event().equals("CONCEDE")
        || embedded.event().equals("RETREAT") && concededModes.contains(String.valueOf(mode(embedded)));
  }

  /**
   * Whether a commitment entry embeds legal action (issue 13, helper h85): an investigation, a
   * charge, a prosecution or an appeal promised ("promised to investigate the killing", "vowed to
   * prosecute the officers", "agreed to open an inquiry") is that ACCUSE announced, as the PLOVER
   * gold codes announced appeals and prosecutions (modality future), not an AGREE to cooperate;
   * a promised criticism (mode disapprove) is left as it was.
   */
  boolean legalCommitment(LexiconEntry entry, LexiconEntry embedded) {
    return embedded != null && embedded.event().equals("ACCUSE") && !"disapprove".equals(embedded.mode())
        && commitment(entry);
  }

  private boolean commitment(LexiconEntry entry) {
    return entry.event().equals("AGREE") && !entry.pattern().isEmpty()
        && entry.pattern().get(0).forms().stream().anyMatch(commitments::contains);
  }

  /** Whether a RETREAT announced for the future gives up ground, arms or office (a CONCEDE). */
  boolean announcedConcession(LexiconEntry entry) {
    return entry.event().equals("RETREAT") && announcedModes.contains(String.valueOf(mode(entry)));
  }

  /** Whether an act of type {@code event} promised is a threat: a hostile act (quad 3 or 4). */
  boolean hostile(String event) {
    return ontology.plover(event).map(t -> t.quadClass() >= 3).orElse(true);
  }

  /** The entry's mode, or the mode the ontology gives its CAMEO code (dictionary entries). */
  private String mode(LexiconEntry entry) {
    if (entry.mode() != null) {
      return entry.mode();
    }
    return ontology.cameo(entry.cameo()).map(Ontology.CameoCode::ploverMode).orElse(null);
  }

  /**
   * Whether the participants found cannot carry the cooperative event of {@code m}: a release of
   * things only ({@link #thingsOnly}), or a meeting verb with one side only ({@link #oneSided}).
   */
  boolean unsupported(SentenceGraph g, TriggerMatcher.Match m, Participants p) {
    return thingsOnly(g, m) || oneSided(g, m, p);
  }

  /**
   * A meeting told by a verb ("met", "negotiate", "spoke with") whose participants are one actor
   * and nobody else, and whose clause names no second side either ("the senate was to meet",
   * "was met at the airport by an aide"): a meeting needs one. A second side the clause names but
   * the actor stage did not resolve ("met with tribal elders", "the delegates negotiated") keeps
   * the event; a noun ("talks in Geneva") or a pair stays.
   */
  private static boolean oneSided(SentenceGraph g, TriggerMatcher.Match m, Participants p) {
    return m.entry().event().equals("CONSULT") && m.entry().symmetric()
        && g.token(m.head()).isVerb() && p.actors.size() <= 1 && p.recipients.isEmpty()
        && !secondSide(g, m.head());
  }

  /**
   * A party as the verb's object (a name, a pronoun, a plural noun: not a topic, "discuss the
   * budget"), a "with/between/among" phrase, two subjects or a plural subject.
   */
  private static boolean secondSide(SentenceGraph g, int verb) {
    List<Integer> objects = new java.util.ArrayList<>(g.childrenBy(verb, "obj"));
    objects.addAll(g.childrenBy(verb, "iobj"));
    if (objects.stream().anyMatch(o -> party(g, o))) {
      return true;
    }
    for (org.annals.model.Dependency d : g.children(verb)) {
      if (d.relation().equals("obl:with") || d.relation().equals("obl:between")
          || d.relation().equals("obl:among")) {
        return true;
      }
    }
    List<Integer> subjects = g.childrenBy(verb, "nsubj");
    return subjects.size() >= 2
        || subjects.stream().anyMatch(s -> g.token(s).pos().startsWith("NNS") || g.token(s).pos().equals("NNPS"));
  }

  private static boolean party(SentenceGraph g, int noun) {
    String pos = g.token(noun).pos();
    return pos.startsWith("NNP") || pos.startsWith("PRP") || pos.equals("NNS");
  }

  /**
   * Whether an entry flagged {@code people-object} acts only on things: every object (or, in the
   * passive, subject) is a common noun that is no {@code person-noun}, no {@code released-noun},
   * no job title by the NER and no noun said to be held ({@code captivity-verb}: "freed the
   * kidnapped engineers"). A name, a pronoun or a number ("freed 12") is kept.
   */
  private boolean thingsOnly(SentenceGraph g, TriggerMatcher.Match m) {
    if (!m.entry().flags().contains(LexiconEntry.Flag.PEOPLE_OBJECT) || !g.token(m.head()).isVerb()) {
      return false;
    }
    List<Integer> objects = new java.util.ArrayList<>(g.childrenBy(m.head(), "obj"));
    objects.addAll(g.childrenBy(m.head(), "nsubj:pass"));
    return !objects.isEmpty() && objects.stream().allMatch(o -> {
      String pos = g.token(o).pos();
      String lemma = g.lemma(o);
      String ner = g.token(o).ner();
      return (pos.equals("NN") || pos.equals("NNS")) && !persons.contains(lemma) && !held.contains(lemma)
          && !ner.equals("TITLE") && !ner.equals("PERSON") && !captive(g, o);
    });
  }

  /** A noun said to be held ({@code captivity-verb} participle: "the kidnapped engineers"). */
  private boolean captive(SentenceGraph g, int noun) {
    return java.util.stream.Stream.of("amod", "acl").flatMap(r -> g.childrenBy(noun, r).stream())
        .anyMatch(c -> captivity.contains(g.lemma(c)) || captivity.contains(g.lower(c)));
  }
}
