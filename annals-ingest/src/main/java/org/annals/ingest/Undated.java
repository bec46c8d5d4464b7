package org.annals.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Warning;

/**
 * Coding of an article that has no publication date at all (no {@code --published}, sidecar,
 * metadata or dateline): it is coded as if published on the ingest day, so that "on Tuesday" and
 * events dated only by their article still get a day; every such date is then labelled {@code
 * basis: ingested} (rule prefixed {@code ingested:}), the stored article keeps no publication
 * date, and a {@code no-published-date} warning says so. Dates the text states itself ("on 3 July
 * 2025") keep their basis. Stateless and thread-safe.
 */
final class Undated {
  static final String NO_DATE = "no-published-date";

  private Undated() {}

  static CodedArticle code(Function<Article, CodedArticle> coder, Article article, LocalDate ingestDate) {
    CodedArticle c = coder.apply(article.withPublished(ingestDate));
    List<CodedEvent> events = c.events().stream().map(Undated::relabel).toList();
    List<Warning> warnings = new ArrayList<>(c.warnings());
    warnings.add(Warning.article(NO_DATE, "no publication date in the input (no --published, sidecar, "
        + "metadata or dateline); dates that depend on it are taken from the ingest day " + ingestDate
        + " (basis: ingested)"));
    return new CodedArticle(article, events, c.claims(), warnings, c.sentenceCount(), c.tokenCount(),
        c.provenance());
  }

  private static CodedEvent relabel(CodedEvent e) {
    EventDate d = e.date();
    if (d == null || (d.basis() != DateBasis.PUBLICATION && d.basis() != DateBasis.RELATIVE)) {
      return e;
    }
    return e.withDate(new EventDate(d.value(), d.precision(), DateBasis.INGESTED, d.expression(),
        "ingested:" + d.rule()));
  }
}
