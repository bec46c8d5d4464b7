package org.annals.flink;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.ingest.ItemCoder;
import org.annals.ingest.SourceItem;
import org.annals.model.ActorRef;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Json;

/**
 * The three tables of the Parquet output, each a folder of part files under the output directory.
 * {@code articles} holds each coded article whole ({@code coded}, the JSON of the
 * {@link CodedArticle}, which {@code annals load} stores) beside typed columns for querying;
 * {@code mentions} holds one row per coded event mention; {@code skips} the dead letters.
 * Stateless, thread-safe.
 */
enum ParquetTable {
  ARTICLES("id VARCHAR, url VARCHAR, title VARCHAR, outlet VARCHAR, published DATE, language VARCHAR,"
      + " sentences INTEGER, tokens INTEGER, events INTEGER, claims INTEGER, coded VARCHAR"),
  MENTIONS("article_id VARCHAR, ord INTEGER, id VARCHAR, event VARCHAR, mode VARCHAR, cameo VARCHAR,"
      + " quad_class INTEGER, goldstein DOUBLE, actors VARCHAR, recipients VARCHAR, date VARCHAR,"
      + " date_basis VARCHAR, country VARCHAR, trigger VARCHAR, rule VARCHAR, confidence DOUBLE"),
  SKIPS("source VARCHAR, record VARCHAR, reason VARCHAR, message VARCHAR");

  final String columns;

  ParquetTable(String columns) {
    this.columns = columns;
  }

  /** The folder name under the output directory. */
  String folder() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  int width() {
    return columns.split(",").length;
  }

  /** The rows an outcome adds to this table (none when it belongs to another). */
  List<Object[]> rows(ItemCoder.Outcome o) {
    return switch (this) {
      case ARTICLES -> o.coded() == null ? List.of() : List.<Object[]>of(article(o.coded()));
      case MENTIONS -> o.coded() == null ? List.of() : mentions(o.coded());
      case SKIPS -> o.failure() == null ? List.of() : List.<Object[]>of(skip(o.failure()));
    };
  }

  private static Object[] article(CodedArticle c) {
    Article a = c.article();
    return new Object[] {a.id(), a.url(), a.title(), a.outlet(), a.published(), a.language(), c.sentenceCount(),
        c.tokenCount(), c.events().size(), c.claims().size(), Json.write(c)};
  }

  private static List<Object[]> mentions(CodedArticle c) {
    List<Object[]> out = new ArrayList<>();
    for (int i = 0; i < c.events().size(); i++) {
      CodedEvent e = c.events().get(i);
      out.add(new Object[] {c.article().id(), i, e.id(), e.event(), e.mode(), e.cameo(), e.quadClass(),
          e.goldstein(), actors(e.actors()), actors(e.recipients()), e.date() == null ? null : e.date().value(),
          e.date() == null || e.date().basis() == null ? null : e.date().basis().toString(),
          e.location() == null ? null : e.location().country(),
          e.evidence() == null || e.evidence().trigger() == null ? null : e.evidence().trigger().text(),
          e.evidence() == null ? null : e.evidence().rule(), e.confidence()});
    }
    return out;
  }

  private static String actors(List<ActorRef> refs) {
    return refs == null ? null : refs.stream().map(r -> r.cameo() != null ? r.cameo() : r.name())
        .collect(Collectors.joining(";"));
  }

  private static Object[] skip(SourceItem.Failure f) {
    return new Object[] {f.source(), f.locator().isEmpty() ? null : f.locator(), f.code().label(), f.reason()};
  }
}
