package org.annals.nlp.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.model.EventDate;
import org.annals.model.Precision;

/**
 * Words that point at the speaker's own day ("this morning", "last night", "tomorrow"; time-words
 * list {@code deixis}) inside a quotation count from the day the words were said, not from the
 * publication date SUTime counts them from. The day they were said is taken to be the story day
 * ({@link Quotes#storyDay}): a date SUTime gave such words is moved by the days between the story
 * day and the publication date (rule suffix {@code :quoted-deixis}). With no story day, or one on
 * the publication date, the date stays. Stateless and thread-safe.
 */
final class QuotedDeixis {
  private static final Set<String> DEIXIS = TimeWords.get("deixis");

  private QuotedDeixis() {}

  static EventDate shift(EventDate d, TimeAnchor.Doc doc) {
    LocalDate published = doc.published();
    Optional<LocalDate> day = EventDates.day(d);
    if (published == null || day.isEmpty() || d.expression() == null || d.rule() == null
        || !d.rule().startsWith("time:sutime")) {
      return d;
    }
    String text = doc.annotated().text();
    String words = d.expression().of(text).strip().toLowerCase(Locale.ROOT);
    if (!DEIXIS.contains(words) || !quoted(text, d.expression().start())) {
      return d;
    }
    Optional<LocalDate> story = Quotes.storyDay(doc).flatMap(EventDates::day);
    if (story.isEmpty() || story.get().equals(published)) {
      return d;
    }
    long offset = ChronoUnit.DAYS.between(published, story.get());
    return new EventDate(day.get().plusDays(offset).toString(), Precision.DAY, d.basis(), d.expression(),
        d.rule() + ":quoted-deixis");
  }

  private static boolean quoted(String text, int offset) {
    return Quotes.quotations(text).stream().anyMatch(q -> q[0] <= offset && offset < q[1]);
  }
}
