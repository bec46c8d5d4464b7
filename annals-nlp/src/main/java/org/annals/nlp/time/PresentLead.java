package org.annals.nlp.time;

import java.util.Optional;
import org.annals.model.DateBasis;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * A story told in the present (broadcast copy, session 27): the article's first sentence with a
 * verb has a finite present main clause with no time phrase ("The navy is reinforcing its ships in
 * the strait, as …", "The prime minister says gaps remain …"), no quotation mark and no past
 * reporting clause hung from it ("…, the leadership warned"). Such a lead tells the news of the
 * publication day: the story day is the publication date (basis publication, no expression), read
 * by {@link SameDayLead}. Pure; stateless and thread-safe.
 */
final class PresentLead {
  static final String RULE_SUFFIX = ":present-lead";

  private PresentLead() {}

  static Optional<EventDate> storyDay(TimeAnchor.Doc doc) {
    if (doc.published() == null) {
      return Optional.empty();
    }
    return lead(doc).filter(s -> presentMain(doc, s, root(s)))
        .map(s -> new EventDate(doc.published().toString(), Precision.DAY, DateBasis.PUBLICATION, null,
            SameDayLead.RULE + RULE_SUFFIX));
  }

  /** The start of the article's first sentence with a verb (the lead), or 0. */
  static int leadStart(TimeAnchor.Doc doc) {
    return lead(doc).map(Sentence::start).orElse(0);
  }

  /** The article's first sentence with a root and a verb. */
  private static Optional<Sentence> lead(TimeAnchor.Doc doc) {
    return doc.annotated().sentences().stream()
        .filter(s -> s.dependencies().stream().anyMatch(Dependency::isRoot) && s.tokens().stream().anyMatch(Token::isVerb))
        .findFirst();
  }

  private static int root(Sentence s) {
    return s.dependencies().stream().filter(Dependency::isRoot).map(Dependency::dependent).findFirst().orElseThrow();
  }

  private static boolean presentMain(TimeAnchor.Doc doc, Sentence s, int root) {
    String text = doc.annotated().text().substring(s.start(), s.end());
    if (text.indexOf('"') >= 0 || text.contains("``") || text.indexOf('“') >= 0) {
      return false;
    }
    Clause main = Clause.of(s, root);
    if (doc.in(s).stream().anyMatch(m -> main.contains(m.firstToken()) || main.contains(m.lastToken()))) {
      return false;
    }
    for (Dependency d : s.dependentsOf(root)) {
      String r = d.relation();
      boolean reportedPast = (r.equals("parataxis") || r.equals("ccomp"))
          && s.tokens().get(d.dependent()).pos().equals("VBD");
      if (reportedPast) {
        return false;
      }
    }
    return finitePresent(s, root);
  }

  /** "says", "meet", "is bolstering", "are patrolling": not a perfect ("has backed"). */
  private static boolean finitePresent(Sentence s, int head) {
    String pos = s.tokens().get(head).pos();
    if (pos.equals("VBZ") || pos.equals("VBP")) {
      return true;
    }
    if (!pos.equals("VBG")) {
      return false;
    }
    return s.dependentsOf(head).stream().filter(d -> d.relation().equals("aux"))
        .map(d -> s.tokens().get(d.dependent()))
        .anyMatch(t -> (t.pos().equals("VBZ") || t.pos().equals("VBP")) && t.lemma().equalsIgnoreCase("be"));
  }
}
