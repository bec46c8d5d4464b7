package org.annals.eval.articles;

import java.util.List;
import java.util.Locale;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;

/**
 * Short kinds of the rules behind a produced event, for the per-rule tables of {@code eval
 * articles}: what gave a side its country ({@code kb:person}, {@code country-from-context},
 * reached through {@code coref:pronoun}) and where a trigger came from (the CAMEO verb dictionary
 * or a curated entry, embedded or not). A kind names a class of rule, never one entry, so the
 * tables can be read on a gold half without reading its events. Stateless and thread-safe.
 */
final class RuleKinds {
  private RuleKinds() {}

  /** The kind of the first actor of a side, or "none" for an empty side. */
  static String side(List<ActorRef> actors) {
    return actors.isEmpty() || actors.get(0).rule() == null ? "none" : actor(actors.get(0).rule());
  }

  /**
   * The kind of one actor rule: the first link of a coreference chain ({@code coref:pronoun}),
   * then what gave the resolved mention its country: a {@code country-…} basis when there is one,
   * else the first part's first two segments ({@code kb:person}, {@code phoenix:agents}).
   */
  static String actor(String rule) {
    String[] chain = rule.split(">");
    String last = chain[chain.length - 1];
    String basis = null;
    for (String part : last.split("\\+")) {
      if (part.startsWith("country-") || part.startsWith("described-as")) {
        basis = head(part, 1);
      }
    }
    if (basis == null) {
      basis = head(last.split("\\+")[0], 2);
    }
    basis = basis.replace("phoenix:Phoenix.", "phoenix:").replace(".actors.txt", "")
        .replace(".txt", "").toLowerCase(Locale.ROOT);
    return chain.length == 1 ? basis : head(chain[0], 2) + " > " + basis;
  }

  /**
   * The kind of a trigger rule (dictionary or curated entry, embedded or not), and which sides the
   * event lacks: events with no source are seldom right in every field.
   */
  static String trigger(CodedEvent e) {
    String rule = e.evidence() == null || e.evidence().rule() == null ? "none" : e.evidence().rule();
    String head = rule.split("\\+")[0];
    String kind = head.startsWith("lexicon:cameo-verbs") ? "cameo verb dictionary"
        : head.startsWith("lexicon:rule.") ? "rule" : head.startsWith("lexicon:") ? "curated entry"
        : head(head, 1);
    kind += rule.contains("+embed:") ? " (embedded)" : "";
    kind += e.actors().isEmpty() ? ", no source" : "";
    return kind + (e.recipients().isEmpty() && !e.symmetric() ? ", no target" : "");
  }

  private static String head(String part, int segments) {
    String[] s = part.split(":", segments + 1);
    return String.join(":", java.util.Arrays.copyOf(s, Math.min(segments, s.length)));
  }
}
