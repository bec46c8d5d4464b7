package org.annals.nlp.time;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * A year that is part of a name: a bare four-digit year after a determiner or possessive and before
 * a capitalised word ("the 1965 Voting Rights Act", "the 2025 Presidential Election", "Freedonia's
 * 2024 Budget Act"). It is the named thing's year: it dates neither the clause that mentions the
 * thing ("rallied to protest the results of the 2025 Presidential Election" is not of 2025) nor, as
 * a context year, a month named after it ("In late June" after a sentence on the 1965 act).
 * A year before a common noun ("the 2012 election") is read as before (docs/TIME.md, step 4 and
 * year from context). Stateless and thread-safe.
 */
final class NameYears {
  private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
  private static final Set<String> OPENERS = Set.of("DT", "PRP$", "POS");

  private NameYears() {}

  /** Whether the mention is a year that belongs to the name after it. */
  static boolean names(Sentence s, TimeMention m) {
    List<Token> tokens = s.tokens();
    if (!YEAR.matcher(m.timex().text().strip()).matches() || m.firstToken() < 1
        || m.lastToken() + 1 >= tokens.size()) {
      return false;
    }
    Token before = tokens.get(m.firstToken() - 1);
    Token after = tokens.get(m.lastToken() + 1);
    return OPENERS.contains(before.pos()) && !after.word().isEmpty()
        && Character.isUpperCase(after.word().charAt(0)) && Calendar.weekday(after.word()).isEmpty()
        && !after.pos().equals("CD");
  }

  /** {@link #names(Sentence, TimeMention)} for a mention of the document. */
  static boolean names(AnnotatedDoc doc, TimeMention m) {
    return doc.sentences().stream().filter(x -> x.index() == m.sentence()).findFirst()
        .map(s -> names(s, m)).orElse(false);
  }
}
