package org.annals.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * "'We strongly urge the council to reconsider,' the spokeswoman said", "'I thank the envoy for his
 * service'": a verb in the simple present with <i>I</i> or <i>we</i> as its subject inside a quotation
 * does what it says as the words are spoken — the appeal or the thanks is the saying — so it is of
 * the day the quoted words were said, taken to be the story day ({@link Quotes#storyDay}), not
 * {@code before D} like a present report ("the ministry denies any role"), when the text ties the
 * quotation to that day (a word of the speaker's day in it, or its reporting sentence following an
 * occasion: "after the speech"); otherwise the saying may be of any day before publication. Rule
 * {@code time:quote:performative} (basis and expression of the story day). Without a story day, or
 * with a modal ("we would urge"), the event keeps its date. A pass before {@code Narrative.present}.
 *
 * <p>Stateless and thread-safe.
 */
final class Performatives {
  static final String RULE = "time:quote:performative";
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  private static final Pattern DEIXIS = Pattern.compile("\\b(?:" + String.join("|",
      TimeWords.get("deixis").stream().map(Pattern::quote).toList()) + ")\\b");
  private static final Set<String> SEQUENCE = TimeWords.get("story-sequence");
  private static final Set<String> DEFINITE = TimeWords.get("definite");

  private Performatives() {}

  static List<CodedEvent> apply(TimeAnchor.Doc doc, List<CodedEvent> events) {
    if (doc.published() == null || events.stream().noneMatch(Performatives::fallback)) {
      return events;
    }
    Optional<EventDate> story = Quotes.storyDay(doc);
    if (story.isEmpty()) {
      return events;
    }
    EventDate day = story.get();
    List<int[]> quotes = Quotes.quotations(doc.annotated().text());
    return events.stream().map(e -> {
      int at = TimeAnchor.triggerStart(e);
      Optional<int[]> quote = quotes.stream().filter(q -> q[0] <= at && at < q[1]).findFirst();
      boolean performative = fallback(e) && quote.isPresent()
          && doc.sentenceAt(at).map(s -> firstPersonPresent(s, TimeAnchor.triggerHead(s, e))
              && tiedToStory(doc, s, quote.get())).orElse(false);
      return performative
          ? e.withDate(new EventDate(day.value(), day.precision(), day.basis(), day.expression(), RULE)) : e;
    }).toList();
  }

  private static boolean fallback(CodedEvent e) {
    return "time:publication-fallback".equals(e.date().rule())
        && (e.modality() == Modality.ASSERTED || e.modality() == Modality.NEGATED);
  }

  /**
   * The quotation is tied to the story's day by a word of the speaker's day in it ("last night",
   * list {@code deixis}) or by its reporting sentence, outside the quotation, following an occasion
   * of the story ("after the speech", "following the vote": list {@code story-sequence} then a
   * definite determiner). "Cruz, in remarks to ABC, said: 'I urge …'" is tied to no day.
   */
  private static boolean tiedToStory(TimeAnchor.Doc doc, Sentence s, int[] quote) {
    String quoted = doc.annotated().text().substring(quote[0], quote[1]).toLowerCase(Locale.ROOT);
    if (DEIXIS.matcher(quoted).find()) {
      return true;
    }
    List<Token> tokens = s.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() >= quote[0] && t.start() < quote[1]) {
        continue;
      }
      if (SEQUENCE.contains(t.word().toLowerCase(Locale.ROOT))
          && DEFINITE.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A simple present verb (no modal) whose subject is I or we. */
  static boolean firstPersonPresent(Sentence s, int verb) {
    if (!s.tokens().get(verb).pos().equals("VBP")) {
      return false;
    }
    boolean firstPerson = false;
    for (Dependency d : s.dependentsOf(verb)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().startsWith("aux") && s.tokens().get(d.dependent()).pos().equals("MD")) {
        return false;
      }
      if (d.relation().equals("nsubj") && FIRST_PERSON.contains(w)) {
        firstPerson = true;
      }
    }
    return firstPerson;
  }
}
