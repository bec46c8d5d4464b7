package org.annals.nlp.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.kb.KnowledgeBase;
import org.annals.model.Ontology;
import org.annals.nlp.events.Lexicon;
import org.annals.nlp.gate.SentenceGate.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate on hand-built sentences: words plus the lemmas a morphological analyser would offer
 * (given here, so the rule and not the analyser is under test). No CoreNLP model is loaded.
 */
class SentenceGateTest {
  private static final KnowledgeBase KB = BundledKnowledgeBase.load();
  private static final Lexicon LEXICON = Lexicon.load(Ontology.standard(), null);
  private static final SentenceGate GATE = SentenceGate.of(LEXICON, KB);
  /** Irregular forms in the test sentences and their lemmas (what the analyser would add). */
  private static final Map<String, String> LEMMAS = Map.of("met", "meet", "talks", "talk",
      "protesters", "protester", "marched", "march", "arrested", "arrest", "scored", "score", "said", "say", "commuted", "commute");

  @TempDir Path dir;

  private static Level decide(SentenceGate gate, String sentence) {
    List<String> words = Arrays.asList(sentence.split(" "));
    List<Set<String>> lemmas = new ArrayList<>();
    for (String w : words) {
      String l = LEMMAS.get(w.toLowerCase());
      lemmas.add(l == null ? Set.of() : Set.of(l));
    }
    return gate.decide(words, lemmas);
  }

  @Test
  void opensForATriggerWithAnActor() {
    assertThat(decide(GATE, "The Polish foreign minister met his Dutch counterpart in Warsaw .")).isEqualTo(Level.PARSE);
    assertThat(decide(GATE, "Russia condemned the strikes on Tuesday .")).isEqualTo(Level.FULL);
    assertThat(decide(GATE, "They signed a ceasefire agreement .")).isEqualTo(Level.PARSE);
  }

  /** Later sentences refer back to a name ("Okonjo ... he"): its sentence is labelled without an event. */
  @Test
  void aNameWithoutAnEventIsLabelledAndAnIntroducedNameParsed() {
    assertThat(decide(GATE, "the crowd cheered when Okonjo walked onto the stage .")).isEqualTo(Level.NAMES);
    assertThat(decide(GATE, "Adaeze Okonjo , a Nigerian lawyer from Enugu , wrote the report .")).isEqualTo(Level.PARSE);
    assertThat(decide(GATE, "Adaeze Okonjo , who grew up in Enugu , wrote the report .")).isEqualTo(Level.PARSE);
    assertThat(decide(GATE, "the crowd cheered , and the band played on .")).as("no name").isEqualTo(Level.TOKENS);
    assertThat(decide(GATE, "on Monday , the band played on .")).as("a time cue is no name").isEqualTo(Level.TIME);
  }

  @Test
  void aTriggerWhoseDoerIsImpliedIsItsOwnActor() {
    assertThat(decide(GATE, "three were arrested .")).isEqualTo(Level.PARSE);
    // an act whose authority ImpliedAgents supplies: the state that commutes a sentence
    assertThat(decide(GATE, "the term was commuted .")).isEqualTo(Level.PARSE);
    assertThat(decide(GATE, "the commute was long .")).isEqualTo(Level.TOKENS);
  }

  @Test
  void staysShutOnASportsSentenceWithoutTriggerOrTime() {
    assertThat(decide(GATE, "the home side was unbeaten at the break .")).isEqualTo(Level.TOKENS);
    assertThat(decide(GATE, "what a brilliant goal that was !")).isEqualTo(Level.TOKENS);
  }

  @Test
  void aTimeCueWithoutAnEventGetsTimeOnly() {
    assertThat(decide(GATE, "a cold morning in late autumn .")).isEqualTo(Level.TIME);
    assertThat(decide(GATE, "the match ended at 21:45 .")).isEqualTo(Level.TIME);
    assertThat(decide(GATE, "a hit song of the 1990s .")).isEqualTo(Level.TIME);
    assertThat(decide(GATE, "a 24-hour curfew .")).isEqualTo(Level.TIME);
    assertThat(decide(GATE, "the offer expires Oct. 19 .").time()).as("a month abbreviated").isTrue();
    assertThat(decide(GATE, "the polls close at 8 p.m. .").time()).as("a clock time").isTrue();
  }

  @Test
  void aCountIsNoTimeCue() {
    assertThat(decide(GATE, "the score was 2 - 1 .")).isEqualTo(Level.TOKENS);
    assertThat(decide(GATE, "some 15 people were there .")).isEqualTo(Level.TOKENS);
  }

  @Test
  void aClaimCueIsParsedAndTimed() {
    assertThat(decide(GATE, "that was the third .")).isEqualTo(Level.FULL);
  }

  @Test
  void theTimeOnlyGateNeverParses() {
    SentenceGate time = SentenceGate.timeOnly();
    assertThat(decide(time, "Russia condemned the strikes on Tuesday .")).isEqualTo(Level.TIME);
    assertThat(decide(time, "Russia condemned the strikes .")).isEqualTo(Level.TOKENS);
  }

  /** A tagged sentence: "word/TAG/lemma" tokens, as the annotator gives them after POS tagging. */
  private static Level decideTagged(SentenceGate gate, String sentence) {
    List<String> words = new ArrayList<>();
    List<Set<String>> lemmas = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String t : sentence.split(" ")) {
      String[] p = t.split("/");
      words.add(p[0]);
      tags.add(p[1]);
      lemmas.add(Set.of(p[2]));
    }
    return gate.decide(words, lemmas, tags);
  }

  @Test
  void aCopulaOrASpeechVerbAloneIsNoTrigger() {
    // "be" starts multi-word entries ("be arrested") and is a dictionary verb whose patterns need
    // their nouns; "say" is a demand only with an obligation modal in the sentence
    assertThat(decide(GATE, "The minister said he was tired .")).isEqualTo(Level.TOKENS);
    assertThat(decide(GATE, "The minister said Iran must stop enrichment .")).isEqualTo(Level.PARSE);
  }

  @Test
  void afterTaggingADictionaryVerbMustBeAVerb() {
    String noun = "A/DT/a new/JJ/new study/NN/study by/IN/by Oxford/NNP/Oxford researchers/NNS/researcher ./././";
    String verb = "The/DT/the Oxford/NNP/Oxford team/NN/team will/MD/will study/VB/study the/DT/the crash/NN/crash ./././";
    assertThat(decide(GATE, "A new study by Oxford researchers .")).as("before tagging: may be a verb")
        .isEqualTo(Level.PARSE);
    assertThat(decideTagged(GATE, noun)).as("a name, no trigger").isEqualTo(Level.NAMES);
    assertThat(decideTagged(GATE, verb)).isEqualTo(Level.PARSE);
  }

  @Test
  void aWindowAsksForTheActorNearTheTrigger() {
    String far = "Russia , after a long and tiring spell of very many rounds of debate , condemned the plan .";
    assertThat(decide(GATE, far)).isEqualTo(Level.PARSE);
    assertThat(decide(SentenceGate.of(LEXICON, KB, 3), far)).isEqualTo(Level.NAMES);
    assertThat(decide(SentenceGate.of(LEXICON, KB, 3), "Russia condemned the strikes .")).isEqualTo(Level.PARSE);
  }

  @Test
  void followsTheLexiconItIsBuiltFrom() throws IOException {
    String sentence = "Russia zorbled Ukraine .";
    assertThat(decide(GATE, sentence)).isEqualTo(Level.NAMES);
    Path user = Files.writeString(dir.resolve("user.tsv"),
        "assault.zorble\tzorbled\tASSAULT\t-\t-\t190\t-\n");
    SentenceGate withUser = SentenceGate.of(Lexicon.load(Ontology.standard(), user), KB);
    assertThat(decide(withUser, sentence)).isEqualTo(Level.PARSE);
    // the fast annotator's description (its provenance) carries the fingerprint: another lexicon,
    // another fingerprint; the same, the same
    assertThat(withUser.fingerprint()).isNotEqualTo(GATE.fingerprint());
    assertThat(SentenceGate.of(LEXICON, KB).fingerprint()).isEqualTo(GATE.fingerprint());
    assertThat(SentenceGate.of(LEXICON, KB, 3).fingerprint()).isNotEqualTo(GATE.fingerprint());
  }
}
