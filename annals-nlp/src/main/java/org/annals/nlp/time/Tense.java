package org.annals.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Token;

/**
 * The tense of the clause around a time expression, read from POS tags only (so it works without
 * a parse). In order: a signal word just before the expression ("as soon as", "payable",
 * "effective", "deadline") → future; otherwise the nearest verb: a modal (will, would, could,
 * may, ...) or an infinitive ("planned to leave", "is to resume") → future; a past-tense verb,
 * have + participle or did + verb ("did not leave") → past; "going to" → future; otherwise present. No verb at all → past
 * (news default). Stateless and thread-safe.
 */
public enum Tense {
  PAST, PRESENT, FUTURE;

  private static final Set<String> FUTURE_SIGNALS = Set.of("payable", "effective", "expire", "expires", "due",
      "record", "deadline", "starting", "beginning", "next");
  private static final Set<String> PAST_MODAL_FREE = Set.of("must");
  /** Present-tense verb tags (not the third person's alone): "have held", "has promised". */
  private static final Set<String> PRESENT_TAGS = Set.of("VBP", "VBZ");
  private static final Set<String> FUTURE_PARTICIPLES = Set.of("plan", "expect", "schedule", "due", "intend");

  /** The tense governing the time expression starting at token {@code index}. */
  public static Tense at(List<Token> tokens, int index) {
    if (signalBefore(tokens, index)) {
      return FUTURE;
    }
    int verb = nearestVerb(tokens, index);
    return verb < 0 ? PAST : of(tokens, verb);
  }

  /**
   * Whether the verb nearest the time expression at {@code index} is a present perfect ("Since March,
   * the navies have held patrols"): its time runs up to now, so a month without a year is the latest one.
   */
  public static boolean presentPerfectAt(List<Token> tokens, int index) {
    int verb = nearestVerb(tokens, index);
    return verb >= 0 && PRESENT_TAGS.contains(tokens.get(verb).pos()) && perfect(tokens, verb);
  }

  private static boolean signalBefore(List<Token> tokens, int index) {
    for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (FUTURE_SIGNALS.contains(w) || (w.equals("as") && i + 1 < index
          && Set.of("soon", "early").contains(lower(tokens.get(i + 1))))) {
        return true;
      }
      if (t.pos().startsWith("VB") && !FUTURE_SIGNALS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static int nearestVerb(List<Token> tokens, int index) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : tokens) {
      int d = Math.abs(t.index() - index) * 2 + (t.index() > index ? 1 : 0);
      if ((t.pos().startsWith("VB") || t.pos().equals("MD")) && !adjectival(tokens, t) && d < bestDistance) {
        best = t.index();
        bestDistance = d;
      }
    }
    return best;
  }

  /** A participle used as an adjective ("preferred shares", "guided rounds") is not the clause's verb. */
  private static boolean adjectival(List<Token> tokens, Token t) {
    if (!(t.pos().equals("VBN") || t.pos().equals("VBG")) || t.index() + 1 >= tokens.size()
        || !tokens.get(t.index() + 1).isNoun()) {
      return false;
    }
    Token prev = t.index() > 0 ? tokens.get(t.index() - 1) : null;
    return prev == null || !("have".equals(prev.lemma()) || "be".equals(prev.lemma())
        || prev.pos().equals("MD") || prev.pos().startsWith("RB"));
  }

  private static Tense of(List<Token> tokens, int verb) {
    Token t = tokens.get(verb);
    switch (t.pos()) {
      case "MD":
        return PAST_MODAL_FREE.contains(lower(t)) ? PRESENT : FUTURE;
      case "VBD":
        return PAST;
      case "VB":
        return infinitive(tokens, verb);
      case "VBN":
        return participle(tokens, verb);
      case "VBG":
        return auxiliary(tokens, verb).orElse(PRESENT);
      default:
        return finitePresent(tokens, verb);
    }
  }

  private static Tense infinitive(List<Token> tokens, int verb) {
    for (int i = verb - 1; i >= Math.max(0, verb - 3); i--) {
      Token p = tokens.get(i);
      if (p.word().equalsIgnoreCase("to") || p.pos().equals("MD")) {
        return p.pos().equals("MD") ? of(tokens, i) : FUTURE;
      }
      if (("do".equals(p.lemma()) || Set.of("did", "does", "do").contains(lower(p))) && p.pos().startsWith("VB")) {
        return p.pos().equals("VBD") ? PAST : PRESENT; // "did not endorse her until August"
      }
      if (!p.pos().startsWith("RB")) {
        break;
      }
    }
    return PRESENT;
  }

  private static Tense participle(List<Token> tokens, int verb) {
    if (FUTURE_PARTICIPLES.contains(tokens.get(verb).lemma())) {
      return FUTURE;
    }
    for (int i = verb - 1; i >= Math.max(0, verb - 4); i--) {
      Token p = tokens.get(i);
      if ("have".equals(p.lemma())) {
        return PAST;
      }
      if ("be".equals(p.lemma()) || p.pos().equals("MD")) {
        return of(tokens, i);
      }
    }
    return PAST;
  }

  private static java.util.Optional<Tense> auxiliary(List<Token> tokens, int verb) {
    for (int i = verb - 1; i >= Math.max(0, verb - 3); i--) {
      Token p = tokens.get(i);
      if ("be".equals(p.lemma()) || p.pos().equals("MD")) {
        return java.util.Optional.of(p.pos().equals("VBD") ? PAST : p.pos().equals("MD") ? FUTURE : PRESENT);
      }
    }
    return java.util.Optional.empty();
  }

  private static Tense finitePresent(List<Token> tokens, int verb) {
    if (perfect(tokens, verb)) {
      return PAST; // "has promised to restore", "have held": the perfect, not "is to resume"
    }
    for (int i = verb + 1; i < Math.min(tokens.size(), verb + 3); i++) {
      String w = lower(tokens.get(i));
      if ((w.equals("going") || w.equals("to")) && i + 1 < tokens.size()
          && (tokens.get(i + 1).word().equals("to") || tokens.get(i + 1).pos().equals("VB"))) {
        return FUTURE;
      }
    }
    return PRESENT;
  }

  /** A form of *have* followed (over adverbs) by a past participle: the perfect, present or past. */
  private static boolean perfect(List<Token> tokens, int verb) {
    if (!"have".equals(tokens.get(verb).lemma())) {
      return false;
    }
    for (int i = verb + 1; i < Math.min(tokens.size(), verb + 4); i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("VBN")) {
        return true;
      }
      if (!t.pos().startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
