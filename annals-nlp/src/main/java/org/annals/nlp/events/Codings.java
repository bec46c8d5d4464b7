package org.annals.nlp.events;

import java.util.List;
import java.util.Map;
import org.annals.model.Modality;
import org.annals.model.Ontology;

/**
 * The type, mode, CAMEO code and rule of a lexicon match once its complement and modality are
 * known: a generic code refined by the act it embeds ({@code @embed} rules: "urged Iran to
 * release" → REQUEST 1056), a vow of a hostile act read as a threat, a commitment to give
 * something up read as a concession, a commitment to legal action read as that action announced
 * (ACCUSE, future: "promised to investigate the killing"), and an act announced for the future
 * coded as the intent to do it (AGREE, THREATEN, or CONCEDE for an announced withdrawal or
 * resignation: {@link CooperativeTypes}). Read by {@link EventCoder}. Immutable; thread-safe.
 */
final class Codings {
  private final Lexicon lexicon;
  private final Ontology ontology;
  private final CooperativeTypes concessions;

  Codings(Lexicon lexicon, Ontology ontology, CooperativeTypes concessions) {
    this.lexicon = lexicon;
    this.ontology = ontology;
    this.concessions = concessions;
  }

  /**
   * Type, mode, code, rule and modality of an event after complement and intent refinement. An
   * intent is the statement of a future act, made: asserted ("announced it would withdraw" is a
   * CONCEDE that happened, the PLOVER manual's example).
   */
  record Coding(String event, String mode, String cameo, String rule,
      Map<String, String> attributes, Modality modality) {}

  /**
   * The coding of {@code entry}, with the act it embeds and its modality. {@code announced} false
   * when a future act is scheduled or faced, not announced ("is to be sentenced", "faces a life
   * sentence"): it is coded as itself, future, not as an intent or a threat. {@code refused} when the act
   * is negated for the future ({@link ModalityRules#refusal}): a cooperative act one says one will
   * not do is a refusal made, REJECT with the code of what is refused ("will not release the
   * fishermen" 1246, "won't negotiate" 125, "would not extradite him" 121), asserted.
   */
  Coding coding(LexiconEntry entry, LexiconEntry embeddedEntry, Modality mod, boolean announced,
      boolean refused) {
    if (refused && mod == Modality.NEGATED && embeddedEntry == null) {
      String code = lexicon.embedCode("REJECT", entry.event()).orElse(null);
      if (code != null) {
        return new Coding("REJECT", modeOf("REJECT", code), code, entry.rule() + "+refusal:" + entry.event(),
            Map.of("intended", entry.event()), Modality.ASSERTED);
      }
    }
    String embedded = embeddedEntry == null ? null : embeddedEntry.event();
    String cameo = entry.cameo();
    String mode = entry.mode();
    String rule = entry.rule();
    if (embedded != null && cameo.length() == 3 && cameo.endsWith("0")) {
      String refined = lexicon.embedCode(entry.event(), embedded).orElse(null);
      if (refined != null) {
        cameo = refined;
        rule += "+embed:" + embedded;
        String refinedMode = modeOf(entry.event(), refined);
        mode = refinedMode != null ? refinedMode : mode;
      }
    }
    if (embedded != null && entry.flags().contains(LexiconEntry.Flag.VOW) && concessions.hostile(embedded)) {
      String threat = lexicon.embedCode("THREATEN", embedded).orElse(null);
      if (threat != null) { // "vowed to retaliate": a promise of an act one threatens with
        return new Coding("THREATEN", modeOf("THREATEN", threat), threat, rule + "+vow:" + embedded,
            Map.of("intended", embedded), mod);
      }
    }
    if (concessions.legalCommitment(entry, embeddedEntry)) { // "promised to investigate the killing"
      return new Coding(embedded, embeddedEntry.mode(), embeddedEntry.cameo(),
          rule + "+legal-action:" + embeddedEntry.rule(), Map.of("intended", embedded),
          mod == Modality.ASSERTED ? Modality.FUTURE : mod);
    }
    if (concessions.concededCommitment(entry, embeddedEntry)) { // "agreed to lift the curfew"
      return new Coding("CONCEDE", null, cameo, rule + "+concede:" + embedded,
          Map.of("intended", embedded), mod);
    }
    Intent intent = mod == Modality.FUTURE && announced ? intent(entry, mode) : null;
    if (intent == null && mod == Modality.FUTURE && announced && entry.event().equals("REJECT")) {
      // "will not approve the budget", "would not consider such requests": a refusal announced is made
      return new Coding(entry.event(), mode, cameo, rule + "+refusal-announced", Map.of(), Modality.ASSERTED);
    }
    if (intent == null) {
      return new Coding(entry.event(), mode, cameo, rule, Map.of(), mod);
    }
    return new Coding(intent.event(), intent.mode(), intent.cameo(),
        rule + "+intent:" + entry.event(),
        Map.of("intended", entry.event() + (mode == null ? "" : "/" + mode)), Modality.ASSERTED);
  }


  /**
   * How an announced act is coded: cooperation as AGREE (intent), conflict as THREATEN; as the
   * PLOVER manual says (section CONCEDE), a future concession stays a CONCEDE and an announced
   * withdrawal ("announced it would withdraw its troops", the manual's example), disarmament or
   * resignation is a CONCEDE, with CAMEO's intent code ({@link CooperativeTypes#announcedConcession});
   * an announced release ("will release the hostages") stays AGREE; an announced deployment stays
   * a MOBILIZE, future (it threatens no one by itself: "will send troops to Haiti"; a vow to
   * deploy is a threat, above).
   */
  private record Intent(String event, String mode, String cameo) {}

  private Intent intent(LexiconEntry entry, String mode) {
    String event = entry.event();
    if (event.equals("AGREE") || event.equals("THREATEN") || event.equals("CONCEDE")
        || event.equals("MOBILIZE")) {
      return null; // "will deploy police to Haiti": a deployment announced, no threat to where it goes
    }
    for (String as : List.of("AGREE", "THREATEN")) {
      String code = lexicon.embedCode(as, event).orElse(null);
      if (code != null) {
        if (as.equals("AGREE") && concessions.announcedConcession(entry)) {
          return new Intent("CONCEDE", null, code);
        }
        return new Intent(as, modeOf(as, code), code);
      }
    }
    return null;
  }

  /** The PLOVER mode the ontology gives CAMEO {@code cameo} when it codes {@code event}, or null. */
  private String modeOf(String event, String cameo) {
    return ontology.cameo(cameo).filter(c -> event.equals(c.ploverEvent()))
        .map(Ontology.CameoCode::ploverMode).orElse(null);
  }
}
