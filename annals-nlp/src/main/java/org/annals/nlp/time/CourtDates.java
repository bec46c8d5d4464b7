package org.annals.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.model.EventDate;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * A judgement's own time and court (issue 13): "was convicted of conspiring to smuggle cattle in
 * 2011 in the Northern District of Ohio", "was sentenced for tax fraud in 2015 at a court in
 * Lyon". A verb of the list {@code retrospective} of time-words.tsv (convict, sentence, charge,
 * fine, …) whose grounds run on to a time phrase that stands next to the place of a court (a
 * phrase opened by a word of the list {@code court-preposition} — in, at, by, before — whose noun
 * is of the list {@code court-place}: court, district, tribunal, circuit) is of that time: the
 * time and the court are the judgement's, although the parse hangs them from the last verb or noun
 * of the grounds ("to smuggle", "cattle"). A later conjunct of such a verb ("and was sentenced to
 * six years") takes the same time. Rule {@code time:judgement-court}, the mention's basis. Asked
 * only when the clause has no time of its own.
 *
 * <p>Stateless and thread-safe (the word lists are immutable).
 */
final class CourtDates {
  static final String RULE = "time:judgement-court";
  private static final Set<String> VERBS = TimeWords.get("retrospective");
  private static final Set<String> PREPOSITIONS = TimeWords.get("court-preposition");
  private static final Set<String> PLACES = TimeWords.get("court-place");
  /** How many words a court's name may have before its noun ("the Eastern District"). */
  private static final int NAME_WORDS = 4;

  private CourtDates() {}

  static Optional<EventDate> of(TimeAnchor.Doc doc, Sentence s, Clause own) {
    for (int h : own.heads()) {
      if (!judgement(s.tokens().get(h))) {
        continue;
      }
      for (TimeMention m : doc.in(s)) {
        if (m.firstToken() > h && (courtAt(s, m.lastToken() + 1) || courtEndsAt(s, m.firstToken() - 1))) {
          Optional<EventDate> d = EventDates.of(m, doc.published());
          if (d.isPresent()) {
            return d.map(x -> OwnPhrases.relabel(x, RULE));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean judgement(Token t) {
    return t.isVerb() && VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** "in the Western District", "at a court": a court phrase that starts at token {@code t}. */
  private static boolean courtAt(Sentence s, int t) {
    List<Token> tokens = s.tokens();
    if (t >= tokens.size() || !PREPOSITIONS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = t + 1; i < Math.min(tokens.size(), t + 2 + NAME_WORDS); i++) {
      Token w = tokens.get(i);
      if (PLACES.contains(w.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (w.isVerb() || w.word().equals(",") || PREPOSITIONS.contains(w.word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return false;
  }

  /** "in the Eastern District of Virginia in 2014": a court phrase that ends just before {@code t + 1}. */
  private static boolean courtEndsAt(Sentence s, int t) {
    List<Token> tokens = s.tokens();
    for (int start = t; start >= Math.max(0, t - 2 - 2 * NAME_WORDS); start--) {
      Token w = tokens.get(start);
      if (w.isVerb() || w.word().equals(",")) {
        return false;
      }
      if (PREPOSITIONS.contains(w.word().toLowerCase(Locale.ROOT)) && courtAt(s, start)) {
        return true;
      }
    }
    return false;
  }
}
