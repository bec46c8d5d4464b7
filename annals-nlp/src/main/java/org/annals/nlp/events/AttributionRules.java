package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Attribution;
import org.annals.model.Dependency;
import org.annals.model.Token;
import org.annals.nlp.ActorMention;
import org.annals.nlp.text.SentenceGraph;

/**
 * Who the article says reported an event: "according to X" in the sentence, a speech verb whose
 * complement holds the trigger ("X said that ...", "..., police said"), or "reportedly" — which
 * takes the name of the source named by "according to" in one of the two previous sentences.
 * Stateless; thread-safe (the carried source is passed in by the caller).
 */
final class AttributionRules {
  private static final Set<String> HEARSAY = Set.of("reportedly", "allegedly", "purportedly");
  private static final Set<String> UP = Set.of("ccomp", "xcomp", "conj", "advcl");

  /** "according to X" anywhere in the sentence, or null. */
  Attribution accordingTo(SentenceGraph g, Mentions m, String text) {
    int i = according(g);
    if (i < 0) {
      return null;
    }
    int j = i + 2;
    while (j < g.size() && m.ref(j) == null && j < i + 6 && !g.token(j).pos().equals(",")) {
      j++;
    }
    ActorRef r = m.ref(j);
    int end = r != null ? r.end() : lastNounBefore(g, i + 2);
    int start = g.token(i).start();
    if (end <= start) {
      return null;
    }
    return new Attribution(text.substring(start, end), r == null ? null : r.name(), start, end);
  }

  /** The token of "according" in the sentence's first "according to" followed by a word, or -1. */
  static int according(SentenceGraph g) {
    for (int i = 0; i + 2 < g.size(); i++) {
      if (g.lemma(i).equals("accord") && g.lower(i + 1).equals("to")) {
        return i;
      }
    }
    return -1;
  }

  private static int lastNounBefore(SentenceGraph g, int from) {
    int end = -1;
    for (int j = from; j < g.size() && (g.token(j).isNoun() || g.token(j).pos().equals("JJ") || g.token(j).pos().equals("DT")); j++) {
      end = g.token(j).end();
    }
    return end;
  }

  /** The speech verb governing the trigger (or attached to its clause as parataxis), or null. */
  Attribution speech(SentenceGraph g, Mentions m, int head, String text) {
    int t = head;
    for (int step = 0; step < 4; step++) {
      Attribution a = paratacticSpeaker(g, m, t, text);
      if (a != null) {
        return a;
      }
      Dependency h = g.head(t);
      if (h == null || UP.stream().noneMatch(u -> SentenceGraph.matches(h.relation(), u))) {
        return null;
      }
      t = h.governor();
      if (h.relation().startsWith("ccomp") && ArgumentFinder.isSpeech(g.lemma(t))) {
        return speaker(g, m, t, text);
      }
    }
    return null;
  }

  private Attribution paratacticSpeaker(SentenceGraph g, Mentions m, int t, String text) {
    for (Dependency d : g.children(t)) {
      if ((d.relation().equals("parataxis") || d.relation().equals("dep"))
          && ArgumentFinder.isSpeech(g.lemma(d.dependent()))) {
        return speaker(g, m, d.dependent(), text);
      }
    }
    return null;
  }

  private static Attribution speaker(SentenceGraph g, Mentions m, int verb, String text) {
    List<Integer> subjects = g.childrenBy(verb, "nsubj");
    if (subjects.isEmpty() && verb > 0 && g.token(verb - 1).isNoun()) {
      subjects = List.of(verb - 1); // "..., the interior ministry said" parsed without a subject
    }
    for (int s : subjects) {
      ActorRef r = m.ref(s);
      Token st = g.token(s);
      Token vt = g.token(verb);
      int sStart = r != null ? Math.min(r.start(), st.start()) : phraseStart(g, s);
      int sEnd = r != null ? Math.max(r.end(), st.end()) : st.end();
      int start = Math.min(sStart, vt.start());
      int end = Math.max(sEnd, vt.end());
      String name = r != null ? r.name() : text.substring(phraseStart(g, s), st.end());
      return new Attribution(text.substring(start, end), name, start, end);
    }
    return null;
  }

  private static int phraseStart(SentenceGraph g, int noun) {
    int start = g.token(noun).start();
    for (Dependency d : g.children(noun)) {
      String rel = d.relation();
      if ((rel.equals("compound") || rel.equals("amod") || rel.equals("det")) && d.dependent() < noun) {
        start = Math.min(start, g.token(d.dependent()).start());
      }
    }
    return start;
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");
  private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our");

  /**
   * First-person pronouns in reported speech are its speaker ("Rivera wrote: 'I reject the
   * measure'"): each such pronoun that no mention covers is given the speaker's mention, when the
   * speech verb's subject is one, or names one after "for"/"of" ("a spokesman for the Houthis").
   * "we", "us" and "our" are the speaker's group: a person speaks for the state body of their
   * country and sector ("'We will respond,' the foreign minister said": the government), rule
   * {@code coref:quote-group>}. An actor "our" owns whose country the resolver only guessed from
   * context ("'Our forces will strike back,' the Armenian minister said") takes the speaker's
   * country. Fills {@code at}.
   */
  void quotedSpeakers(SentenceGraph g, ActorMention[] at, int sentence) {
    for (int t = 0; t < g.size() && t < at.length; t++) {
      if (!g.token(t).pos().startsWith("PRP") || !FIRST_PERSON.contains(g.lower(t))) {
        continue;
      }
      int verb = at[t] != null ? -1 : speechVerbAbove(g, t);
      ActorMention speaker = verb < 0 ? null : speakerMention(g, at, verb);
      if (speaker == null || FIRST_PERSON.contains(g.lower(speaker.head()))) {
        continue;
      }
      boolean group = FIRST_PLURAL.contains(g.lower(t));
      at[t] = group ? groupOf(g, t, speaker, sentence) : coreferent(g, t, speaker, sentence, "coref:quote-speaker>");
      Dependency h = g.head(t);
      if (h != null && h.relation().equals("nmod:poss") && h.governor() < at.length && at[h.governor()] != null
          && guessed(at[h.governor()].ref()) && speaker.ref().country() != null) {
        owned(at, at[h.governor()], speaker.ref());
      }
    }
  }

  /** The mention of the speech verb's subject, or of the body it speaks for ("a spokesman for X"). */
  private static ActorMention speakerMention(SentenceGraph g, ActorMention[] at, int verb) {
    ActorMention m = subjectMention(g, at, verb);
    List<Integer> subjects = g.childrenBy(verb, "nsubj");
    if (m != null || subjects.isEmpty()) {
      return m;
    }
    for (Dependency d : g.children(subjects.get(0))) {
      if ((d.relation().equals("nmod:for") || d.relation().equals("nmod:of")) && d.dependent() < at.length
          && at[d.dependent()] != null) {
        return at[d.dependent()];
      }
    }
    return null;
  }

  /** "we" for a person: the state body of the person's country and sector; for a body: itself. */
  private static ActorMention groupOf(SentenceGraph g, int t, ActorMention speaker, int sentence) {
    ActorRef s = speaker.ref();
    boolean person = s.entity() != null && s.entity().startsWith("person/")
        || g.token(speaker.head()).ner().equals("PERSON");
    if (!person || s.country() == null) {
      return coreferent(g, t, speaker, sentence, "coref:quote-group>");
    }
    Token tok = g.token(t);
    String sector = s.sector() == null ? "GOV" : s.sector();
    ActorRef r = new ActorRef(tok.word(), null, s.country(), sector, s.country() + sector, null,
        tok.start(), tok.end(), "coref:quote-group>" + s.rule());
    return new ActorMention(sentence, t, t, t, r);
  }

  /** Whether the resolver took an actor's country from context rather than from its words. */
  private static boolean guessed(ActorRef r) {
    return PhraseExpansion.countryFromScene(r) || r.rule() != null && r.rule().contains("+focus:");
  }

  /** "our forces": the owned actor with the speaker's country instead of the guessed one. */
  private static void owned(ActorMention[] at, ActorMention m, ActorRef speaker) {
    ActorRef r = m.ref();
    String cc = speaker.country();
    String rule = r.rule().replaceAll("(\\+article-main)?\\+(country-from-context|focus):[A-Z-]+", "") + "+country-of-quote-speaker:" + cc;
    ActorRef owned = new ActorRef(r.text(), r.name(), cc, r.sector(), cc + (r.sector() == null ? "" : r.sector()),
        r.entity(), r.start(), r.end(), rule);
    ActorMention n = new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.head(), owned);
    for (int k = m.firstToken(); k <= m.lastToken() && k < at.length; k++) {
      at[k] = n;
    }
  }

  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");

  /**
   * A third-person pronoun that is the subject of the clause a speech verb reports is its
   * speaker when they agree ("the judge said he had received threats", "Russia said it would
   * respond", "the ministers said they had agreed"): he/she a singular person or office-holder,
   * it a singular country or organisation, they a plural. Overrides the article-level antecedent,
   * which names the last person mentioned, not the one speaking. Fills {@code at}.
   */
  void reportedSubjects(SentenceGraph g, ActorMention[] at, int sentence) {
    for (int t = 0; t < g.size() && t < at.length; t++) {
      if (!g.token(t).pos().equals("PRP")) {
        continue;
      }
      Dependency h = g.head(t);
      if (h == null || !(h.relation().equals("nsubj") || h.relation().equals("nsubj:pass"))) {
        continue;
      }
      Dependency up = g.head(h.governor());
      if (up == null || !up.relation().startsWith("ccomp") || !ArgumentFinder.isSpeech(g.lemma(up.governor()))) {
        continue;
      }
      ActorMention speaker = subjectMention(g, at, up.governor());
      if (speaker != null && speaker.head() < at.length && agrees(g, g.lower(t), speaker)) {
        at[t] = coreferent(g, t, speaker, sentence, "coref:reported-speaker>");
      }
    }
  }

  /** The mention of the speech verb's (first) subject, or null. */
  private static ActorMention subjectMention(SentenceGraph g, ActorMention[] at, int verb) {
    int subject = speaker(g, verb);
    return subject < 0 || subject >= at.length ? null : at[subject];
  }

  /**
   * The token that says who speaks through speech verb {@code verb}: after a quotation ('"…,"
   * wrote Ruto', '"…," said the minister', the parser taking the speaker named after the verb for
   * its object, and a subject it found before the closing mark for the verb's), the object right
   * after a verb that right follows the closing mark or its comma; else its subject; else -1.
   */
  static int speaker(SentenceGraph g, int verb) {
    String before = verb > 0 ? g.token(verb - 1).pos() : "";
    if (before.equals("''") || before.equals(",")) {
      for (int o : g.childrenBy(verb, "obj")) {
        if (firstOf(g, o) == verb + 1) {
          return o; // "wrote Ruto", "said the minister"
        }
      }
    }
    List<Integer> subjects = g.childrenBy(verb, "nsubj");
    return subjects.isEmpty() ? -1 : subjects.get(0);
  }

  /** The first token of the phrase headed by {@code head} (its determiners and modifiers). */
  private static int firstOf(SentenceGraph g, int head) {
    int first = head;
    for (Dependency d : g.children(head)) {
      if (!d.relation().startsWith("acl") && !d.relation().startsWith("nmod") && d.dependent() < first) {
        first = d.dependent();
      }
    }
    return first;
  }

  private static boolean agrees(SentenceGraph g, String pronoun, ActorMention speaker) {
    Token head = g.token(speaker.head());
    boolean plural = head.pos().endsWith("S");
    ActorRef r = speaker.ref();
    boolean personal = (r.entity() != null && r.entity().startsWith("person/"))
        || head.ner().equals("PERSON") || head.ner().equals("TITLE");
    return switch (pronoun) {
      case "they" -> plural;
      case "it" -> !plural && !personal;
      default -> PERSONAL.contains(pronoun) && !plural && personal;
    };
  }

  private static ActorMention coreferent(SentenceGraph g, int t, ActorMention speaker, int sentence, String rule) {
    ActorRef s = speaker.ref();
    Token tok = g.token(t);
    ActorRef r = new ActorRef(tok.word(), s.name(), s.country(), s.sector(), s.cameo(), s.entity(),
        tok.start(), tok.end(), rule + s.rule());
    return new ActorMention(sentence, t, t, t, r);
  }

  /** The speech verb whose reported clause holds token {@code t} (at most six steps up), or -1. */
  private static int speechVerbAbove(SentenceGraph g, int t) {
    int x = t;
    for (int step = 0; step < 6; step++) {
      for (Dependency d : g.children(x)) {
        boolean tail = d.relation().equals("parataxis") || d.relation().equals("dep")
            || d.relation().startsWith("advcl") && afterClosingMark(g, t, d.dependent());
        if (tail && ArgumentFinder.isSpeech(g.lemma(d.dependent()))) {
          return d.dependent();
        }
      }
      Dependency h = g.head(x);
      if (h == null) {
        return -1;
      }
      int up = h.governor();
      if ((h.relation().startsWith("ccomp") || h.relation().equals("parataxis"))
          && (ArgumentFinder.isSpeech(g.lemma(up)) || colonQuote(g, up, x))) {
        return up;
      }
      x = up;
    }
    return -1;
  }

  /**
   * '"I disagreed ...," wrote the minister': a speech verb right after a closing quotation mark
   * (and its comma) that comes after word {@code t}, which the parser hung from the quoted clause
   * as a modifier (h72): the quotation is the verb's, whoever it names.
   */
  private static boolean afterClosingMark(SentenceGraph g, int t, int verb) {
    int mark = verb - 1;
    if (mark > 0 && g.token(mark).word().equals(",")) {
      mark--;
    }
    return mark > t && g.token(mark).pos().equals("''");
  }

  /**
   * Whether clause {@code clause} is a quotation a colon puts after verb {@code verb} ("spoke to
   * reporters after the debate: \"I urge ...\""): whoever the verb's subject is speaks it.
   */
  private static boolean colonQuote(SentenceGraph g, int verb, int clause) {
    boolean colon = false;
    boolean quoted = false;
    for (int p : g.childrenBy(verb, "punct")) {
      if (p > verb && p < clause) {
        colon |= g.lower(p).equals(":");
        quoted |= g.token(p).pos().equals("``"); // an opening quotation mark, as the tagger marks it
      }
    }
    return colon && quoted;
  }

  /** "reportedly" in the sentence, named after the carried source when there is one. */
  Attribution hearsay(SentenceGraph g, Attribution carried) {
    for (int i = 0; i < g.size(); i++) {
      if (HEARSAY.contains(g.lower(i))) {
        Token t = g.token(i);
        return new Attribution(t.word(), carried == null ? null : carried.name(), t.start(), t.end());
      }
    }
    return null;
  }
}
