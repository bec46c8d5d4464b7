package org.annals.nlp.gate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.nlp.events.CameoVerbs;
import org.annals.nlp.events.ImpliedAgents;
import org.annals.nlp.events.Lexicon;
import org.annals.nlp.events.LexiconEntry;
import org.annals.nlp.events.cameo.VerbDictionary;
import org.annals.nlp.text.WordLists;

/**
 * The trigger candidates of the {@link SentenceGate}, each with what else the sentence must hold
 * for it to code an event, derived at construction from the lexicon:
 *
 * <ul>
 *   <li>an entry of the event lexicon that codes an event (not a "not an event" phrase): its
 *       first element, needing each later element's forms (a wildcard needs nothing);</li>
 *   <li>a verb of the CAMEO verb dictionary as curated ({@link CameoVerbs#verbs}): when its
 *       default codes an event, it needs only the other words of a multi-word verb; else each
 *       pattern of its block that codes an event is one alternative, needing the head word of one
 *       of each noun slot's phrases and each prepositional slot's preposition;</li>
 *   <li>the word lists of the built-in rules, as the rules read them: a negative judgement or a
 *       mandative verb alone; an obligation verb with an obligation modal; a naming verb with a
 *       judgement; an approval predicate with a negating adverb; a ruling verb with an unlawful
 *       predicate.</li>
 * </ul>
 *
 * A requirement is a necessary condition read on the sentence's bag of words and possible lemmas,
 * never sufficient: the matchers still decide on the parse. Immutable; thread-safe.
 */
final class TriggerIndex {
  /** What a trigger candidate implies about the actor. */
  enum Kind { NONE, TRIGGER, SELF_ACTING }

  /**
   * One way a word can code: the word sets that must all occur in the sentence (one word of each).
   */
  record Requirement(List<Set<String>> needs, boolean selfActing, LexiconEntry.Pos pos) {
    Requirement {
      needs = List.copyOf(needs);
    }

    /** Whether the word (tagged {@code tag}, null when untagged) can code in the sentence. */
    boolean metBy(String tag, Set<String> sentence) {
      if (tag != null && !accepts(pos, tag)) {
        return false;
      }
      for (Set<String> any : needs) {
        if (!intersects(any, sentence)) {
          return false;
        }
      }
      return true;
    }
  }

  private final Map<String, List<Requirement>> byForm;

  private TriggerIndex(Map<String, List<Requirement>> byForm) {
    Map<String, List<Requirement>> copy = new HashMap<>();
    byForm.forEach((k, v) -> copy.put(k, List.copyOf(new java.util.LinkedHashSet<>(v))));
    this.byForm = Map.copyOf(copy);
  }

  /**
   * The index in a canonical text form (forms and word sets sorted), so that two indexes that
   * decide alike give the same text in any JVM.
   */
  String canonical() {
    StringBuilder sb = new StringBuilder();
    new java.util.TreeMap<>(byForm).forEach((form, reqs) -> {
      List<String> lines = new java.util.ArrayList<>();
      for (Requirement r : reqs) {
        lines.add(r.needs().stream().map(n -> new java.util.TreeSet<>(n).toString()).sorted().toList()
            + " " + r.selfActing() + " " + r.pos());
      }
      java.util.Collections.sort(lines);
      sb.append(form).append('\t').append(lines).append('\n');
    });
    return sb.toString();
  }

  static TriggerIndex of(Lexicon lexicon, WordLists lists) {
    Map<String, List<Requirement>> m = new HashMap<>();
    Set<String> implied = ImpliedAgents.entryIds(lists);
    for (LexiconEntry e : lexicon.entries()) {
      if (!e.notAnEvent()) {
        lexiconEntry(m, e, implied.contains(e.id()));
      }
    }
    CameoVerbs verbs = lexicon.cameoVerbs();
    for (VerbDictionary.Block b : verbs.dictionary().blocks()) {
      for (VerbDictionary.Verb v : b.verbs()) {
        cameoVerb(m, verbs, v, b);
      }
    }
    ruleLists(m, lists);
    return new TriggerIndex(m);
  }

  /** All the forms that can start a trigger (for tests and sizing). */
  Set<String> forms() {
    return byForm.keySet();
  }

  /**
   * Whether a token with {@code forms} (its lower-cased word and possible lemmas) is a trigger
   * candidate in a sentence whose words and possible lemmas are {@code sentence}; with its POS
   * {@code tag} (null before tagging) the part of speech the matchers ask for too: a verb of the
   * CAMEO dictionary must be tagged a verb, a lexicon element its {@link LexiconEntry.Pos}.
   */
  Kind at(Collection<String> forms, String tag, Set<String> sentence) {
    Kind k = Kind.NONE;
    for (String f : forms) {
      for (Requirement r : byForm.getOrDefault(f, List.of())) {
        if (r.metBy(tag, sentence)) {
          if (r.selfActing()) {
            return Kind.SELF_ACTING;
          }
          k = Kind.TRIGGER;
        }
      }
    }
    return k;
  }

  /** An entry's trigger; self-acting when a crowd does it or an authority is implied ("was sentenced"). */
  private static void lexiconEntry(Map<String, List<Requirement>> m, LexiconEntry e, boolean impliedDoer) {
    List<Set<String>> needs = new ArrayList<>();
    for (LexiconEntry.Element el : e.pattern().subList(1, e.pattern().size())) {
      if (!el.forms().contains("*") && !el.forms().isEmpty()) {
        needs.add(el.forms());
      }
    }
    Requirement r = new Requirement(needs, e.flags().contains(LexiconEntry.Flag.CROWD) || impliedDoer,
        e.pattern().get(0).pos());
    for (String f : e.pattern().get(0).forms()) {
      if (!f.equals("*")) {
        m.computeIfAbsent(f, k -> new ArrayList<>()).add(r);
      }
    }
  }

  private static void cameoVerb(Map<String, List<Requirement>> m, CameoVerbs verbs, VerbDictionary.Verb v,
      VerbDictionary.Block b) {
    if (verbs.verbs(v.lemma()).stream().noneMatch(e -> e.verb() == v)) {
      return; // taken out of its block by the curation
    }
    List<Set<String>> extra = new ArrayList<>();
    v.before().forEach(w -> extra.add(Set.of(w)));
    v.after().forEach(w -> extra.add(Set.of(w)));
    List<Requirement> alternatives = new ArrayList<>();
    if (!verbs.verbDefault(v).notAnEvent()) {
      alternatives.add(new Requirement(extra, false, LexiconEntry.Pos.VERB));
    }
    for (VerbDictionary.VerbPattern p : b.patterns()) {
      if (!verbs.pattern(p).notAnEvent()) {
        List<Set<String>> needs = new ArrayList<>(extra);
        p.pre().forEach(s -> slot(needs, s));
        p.post().forEach(s -> slot(needs, s));
        alternatives.add(new Requirement(needs, false, LexiconEntry.Pos.VERB));
      }
    }
    Set<String> forms = new HashSet<>(v.forms());
    forms.add(v.lemma());
    for (String f : forms) {
      m.computeIfAbsent(f, k -> new ArrayList<>()).addAll(alternatives);
    }
  }

  private static void slot(List<Set<String>> needs, VerbDictionary.Slot s) {
    if (!s.phrases().isEmpty()) {
      Set<String> heads = new HashSet<>();
      s.phrases().forEach(p -> heads.add(p.head()));
      needs.add(heads);
    } else if (s.prep() != null) {
      Set<String> preps = new HashSet<>();
      s.prep().alternatives().forEach(p -> preps.add(p.split(" ")[0]));
      needs.add(preps);
    }
  }

  private static void ruleLists(Map<String, List<Requirement>> m, WordLists lists) {
    add(m, lists.get("negative-judgement"), List.of());
    add(m, lists.get("mandative-verb"), List.of());
    Set<String> obligations = new HashSet<>(lists.get("obligation-modal"));
    obligations.addAll(lists.get("obligation-noun"));
    add(m, lists.get("obligation-verb"), List.of(obligations));
    Set<String> judgements = new HashSet<>(lists.get("negative-judgement"));
    judgements.addAll(lists.get("positive-judgement"));
    add(m, lists.get("naming-verb"), List.of(judgements));
    add(m, lists.get("approval-predicate"), List.of(lists.get("negating-adverb")));
    add(m, lists.get("ruling-verb"), List.of(lists.get("unlawful-predicate")));
  }

  private static void add(Map<String, List<Requirement>> m, Set<String> words, List<Set<String>> needs) {
    Requirement r = new Requirement(needs, false, LexiconEntry.Pos.ANY);
    for (String w : words) {
      m.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
    }
  }

  private static boolean accepts(LexiconEntry.Pos pos, String tag) {
    return switch (pos) {
      case ANY -> true;
      case VERB -> tag.startsWith("VB");
      case NOUN -> tag.startsWith("NN");
    };
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String s : small) {
      if (large.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
