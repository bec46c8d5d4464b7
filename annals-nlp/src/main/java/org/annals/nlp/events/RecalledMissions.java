package org.annals.nlp.events;

import org.annals.model.ActorRef;
import org.annals.nlp.actors.ActorResolver;

/**
 * A sanction done to the doer's own mission abroad is done to the mission's host: "Ethiopia
 * recalled its ambassador to Egypt", "Peru withdrew its envoy to Mexico" reduce relations with
 * Egypt and Mexico (CAMEO 161, 166), not with Ethiopia or Peru. A recipient of the doer's own
 * country whose rule names a host ({@link ActorResolver#MISSION_HOST}, the actor resolver's
 * "ambassador to X") becomes the host's government (rule {@code +host-of-own-mission:}). An envoy of another
 * country ("expelled the Spanish ambassador") is left as it is. Stateless and thread-safe.
 */
final class RecalledMissions {
  private static final String HOST = ActorResolver.MISSION_HOST;

  private RecalledMissions() {}

  static void redirect(String event, Participants p) {
    String own = ArticleCountry.oneState(p.actors);
    if (!"SANCTION".equals(event) || own == null) {
      return;
    }
    p.recipients.replaceAll(r -> {
      int at = r.rule() == null ? -1 : r.rule().indexOf(HOST);
      if (at < 0 || !own.equals(r.country())) {
        return r;
      }
      String host = r.rule().substring(at + HOST.length()).split("[+>]", 2)[0];
      return host.isEmpty() || host.equals(own) ? r : new ActorRef(r.text(), null, host, "GOV",
          host + "GOV", null, r.start(), r.end(), r.rule() + "+host-of-own-mission:" + host);
    });
  }
}
