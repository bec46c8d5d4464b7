package org.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.annals.model.BadInputException;
import org.annals.model.CodedEvent;

/** Human-readable account of why mentions were merged. Not thread-safe: caller serialises. */
final class Explainer {
  private final Connection c;
  private final StoreReader reader;

  Explainer(Connection c) {
    this.c = c;
    this.reader = new StoreReader(c);
  }

  String explain(String id) throws SQLException {
    var detail = reader.event(id);
    if (detail.isPresent()) {
      return canonical(detail.get());
    }
    List<Mention> m = reader.mentions("m.id = ?", id);
    if (m.isEmpty()) {
      throw new BadInputException("no canonical event or event mention with id '" + id + "'");
    }
    return mention(m.get(0));
  }

  private String canonical(CanonicalEventDetail d) {
    CanonicalEvent e = d.event();
    StringBuilder sb = new StringBuilder();
    sb.append("canonical event ").append(e.id()).append(": ").append(e.event())
        .append(e.mode() == null ? "" : "/" + e.mode()).append(" on ")
        .append(e.date().value() == null ? "unknown date" : e.date().value())
        .append(" (").append(e.date().precision().label()).append(")\n");
    sb.append("  ").append(e.mentions()).append(" mentions, ").append(e.sources())
        .append(" sources, ").append(e.articles()).append(" articles; first seen ")
        .append(e.firstSeen()).append(", last seen ").append(e.lastSeen()).append('\n');
    sb.append("  shown fields from the representative mention (best-dated, then earliest"
        + " published, then smallest id), coded by ")
        .append(e.evidence() == null ? "-" : e.evidence().rule()).append('\n');
    for (Mention m : d.mentions()) {
      sb.append("  - ").append(describe(m)).append("\n      merged because: ")
          .append(m.reason()).append('\n');
    }
    return sb.toString();
  }

  private String mention(Mention m) throws SQLException {
    StringBuilder sb = new StringBuilder("mention ").append(describe(m)).append('\n');
    if (m.canonicalId() != null) {
      sb.append("  merged into ").append(m.canonicalId()).append(" because: ")
          .append(m.reason()).append('\n');
      return sb.toString();
    }
    if (!Buckets.asserted(m.event())) {
      sb.append("  not merged: the article does not assert it (modality ")
          .append(m.event().modality().label()).append(")\n");
      return sb.toString();
    }
    List<String> dup = Sql.query(c, "SELECT near_dup_of FROM articles WHERE id = ?",
        List.of(m.articleId()), rs -> rs.getString(1));
    if (!dup.isEmpty() && dup.get(0) != null) {
      sb.append("  not counted: its article is a near-duplicate of ").append(dup.get(0))
          .append('\n');
    }
    return sb.toString();
  }

  private static String describe(Mention m) {
    CodedEvent e = m.event();
    String trigger = e.evidence() == null || e.evidence().trigger() == null ? ""
        : " '" + e.evidence().trigger().text() + "'";
    return e.id() + trigger + " " + e.event() + (e.mode() == null ? "" : "/" + e.mode())
        + " dated " + (e.date().value() == null ? "unknown" : e.date().value())
        + " [" + e.date().basis().label() + "] in article " + m.articleId()
        + (m.outlet() == null ? "" : " (" + m.outlet() + ")")
        + (m.published() == null ? "" : " published " + m.published());
  }
}
