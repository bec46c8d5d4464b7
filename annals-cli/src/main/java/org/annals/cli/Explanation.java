package org.annals.cli;

import org.annals.model.ActorRef;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;

/** A human-readable answer to "why this code?" for each event of an article. */
final class Explanation {
  private Explanation() {}

  static String of(CodedArticle coded) {
    String text = coded.article().text();
    StringBuilder b = new StringBuilder();
    b.append("# ").append(coded.article().file() == null ? coded.article().id() : coded.article().file())
        .append(": ").append(coded.events().size()).append(" events\n");
    for (CodedEvent e : coded.events()) {
      var ev = e.evidence();
      String sentence = text.substring(ev.start(), ev.end()).replaceAll("\\s+", " ");
      b.append("\n").append(e.event()).append(e.mode() == null ? "" : "/" + e.mode())
          .append("  CAMEO ").append(e.cameo()).append("  quad ").append(e.quadClass())
          .append("  Goldstein ").append(e.goldstein()).append("  ").append(e.modality().label())
          .append("\n  sentence [").append(ev.start()).append(',').append(ev.end()).append("): ")
          .append(sentence)
          .append("\n  trigger  \"").append(ev.trigger().text()).append("\" [")
          .append(ev.trigger().start()).append(',').append(ev.trigger().end()).append(") by ")
          .append(ev.rule()).append('\n');
      for (ActorRef a : e.actors()) {
        b.append("  actor    ").append(actor(a)).append('\n');
      }
      for (ActorRef a : e.recipients()) {
        b.append("  target   ").append(actor(a)).append('\n');
      }
      b.append("  date     ").append(e.date().value()).append(" (").append(e.date().precision().label())
          .append(", ").append(e.date().basis().label()).append(") by ").append(e.date().rule());
      if (e.date().expression() != null) {
        b.append(" from \"").append(e.date().expression().of(text)).append('"');
      }
      b.append('\n');
      if (e.attribution() != null) {
        b.append("  source   \"").append(e.attribution().text()).append("\"\n");
      }
      e.attributes().forEach((k, v) -> b.append("  ").append(k).append("  ").append(v).append('\n'));
    }
    return b.toString();
  }

  private static String actor(ActorRef a) {
    return "\"" + a.text() + "\" → " + a.name() + " " + a.country() + "/" + a.sector()
        + " (" + a.cameo() + ") by " + a.rule();
  }
}
