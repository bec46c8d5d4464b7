package org.annals.nlp;

import java.util.Locale;
import org.annals.model.BadInputException;

/**
 * How the annotator spends its time (docs/ARCHITECTURE.md, "Profiles").
 *
 * <ul>
 *   <li>{@link #ACCURATE}: CoreNLP's full pipeline on every sentence (tokenize, ssplit, pos,
 *       lemma, NER with the 3/7/MISC CRFs, fine-grained rules and SUTime, depparse).</li>
 *   <li>{@link #FAST}: tokenize and split every sentence; a {@link org.annals.nlp.gate.SentenceGate}
 *       built from the lexicon and the knowledge base picks the sentences that get POS, lemmas,
 *       3-class NER with SUTime (time and claim cues, trigger + actor) and the dependency parse
 *       (trigger + actor, claim cues).</li>
 * </ul>
 */
public enum Profile {
  ACCURATE, FAST;

  /** The profile named {@code name} ("accurate", "fast"; any case). */
  public static Profile parse(String name) {
    for (Profile p : values()) {
      if (p.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return p;
      }
    }
    throw new BadInputException("profile: expected 'accurate' or 'fast', got '" + name + "'");
  }

  /** The name as the CLI and provenance write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
