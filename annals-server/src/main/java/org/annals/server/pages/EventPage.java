package org.annals.server.pages;

import static org.annals.server.pages.Html.esc;
import static org.annals.server.pages.Html.row;

import java.util.Map;
import org.annals.model.CodedEvent;
import org.annals.model.EventDate;
import org.annals.server.ArticleSpans;
import org.annals.store.CanonicalEvent;
import org.annals.store.CanonicalEventDetail;
import org.annals.store.Mention;

/**
 * The event page: participants, date with precision and basis, modality, attribution, every
 * mention with its highlighted sentence and the rule that fired, and why the mentions were merged.
 * Pure; thread-safe.
 */
public final class EventPage {
  private EventPage() {}

  /**
   * @param texts article texts by article id (mentions whose article is missing show no sentence)
   */
  public static String render(CanonicalEventDetail d, Map<String, String> texts, String explanation) {
    CanonicalEvent e = d.event();
    StringBuilder b = new StringBuilder("<dl class=\"facts\" id=\"event-facts\">");
    b.append(row("Type", esc(e.event()) + (e.mode() == null ? "" : " / " + esc(e.mode()))
        + " <span class=\"muted\">CAMEO " + esc(e.cameo()) + ", quad class " + e.quadClass()
        + ", Goldstein " + e.goldstein() + "</span>"));
    b.append(row(e.symmetric() ? "Participants" : "Source", Html.actors(e.actors())));
    if (!e.recipients().isEmpty()) {
      b.append(row("Target", Html.actors(e.recipients())));
    }
    b.append(row("Date", date(e.date())));
    b.append(row("Where", place(e.location())));
    b.append(row("Modality", esc(e.modality() == null ? "" : e.modality().label())));
    if (e.attribution() != null) {
      b.append(row("According to", esc(e.attribution().name() != null ? e.attribution().name() : e.attribution().text())));
    }
    e.attributes().forEach((k, v) -> b.append(row(k, esc(v))));
    b.append(row("Reported by", e.sources() + " outlet(s), " + e.articles() + " article(s), "
        + e.mentions() + " mention(s)"));
    b.append("</dl>");
    if (e.actors().size() + e.recipients().size() >= 2) {
      b.append(dyadLink(e));
    }
    b.append("<h2>Mentions</h2><ol class=\"mentions\" id=\"mentions\">");
    for (Mention m : d.mentions()) {
      b.append(mention(m, texts.get(m.articleId())));
    }
    b.append("</ol><h2>Merged from</h2><pre class=\"explain\" id=\"explanation\">")
        .append(esc(explanation)).append("</pre>");
    return Html.page(e.event() + " " + (e.date().value() == null ? "(undated)" : e.date().value()), b.toString(), "");
  }

  /** "Kyiv, UKR (city; 50.4547, 30.5238; GeoNames 703448)" with its rule, or "not located". */
  static String place(org.annals.model.Location l) {
    if (l == null || l.country() == null) {
      return "<span class=\"muted\" id=\"event-place\">not located</span>";
    }
    String point = l.hasPoint() ? String.format(java.util.Locale.ROOT, "; %.4f, %.4f", l.lat(),
        l.lon()) : "";
    String id = l.geonamesId() == null ? "" : "; GeoNames " + l.geonamesId();
    return "<span id=\"event-place\">" + esc((l.name() == null ? l.country() : l.name()) + ", "
        + l.country()) + "</span> <span class=\"muted\">" + esc("(" + l.precision() + point
        + id + ")") + " <code>" + esc(l.rule()) + "</code></span>";
  }

  static String date(EventDate d) {
    String v = d.value() == null ? "unknown" : d.value();
    return "<span id=\"event-date\">" + esc(v) + "</span> <span class=\"muted\">(precision "
        + esc(d.precision().label()) + ", basis " + esc(d.basis().label()) + ", rule " + esc(d.rule()) + ")</span>";
  }

  private static String dyadLink(CanonicalEvent e) {
    var all = new java.util.ArrayList<>(e.actors());
    all.addAll(e.recipients());
    String a = all.get(0).country();
    String c = all.stream().map(x -> x.country()).filter(x -> x != null && !x.equals(a)).findFirst().orElse(null);
    if (a == null || c == null) {
      return "";
    }
    return "<p><a id=\"dyad-link\" href=\"/dyads/" + esc(Html.url(a)) + "/" + esc(Html.url(c)) + "\">Timeline of "
        + esc(a) + " – " + esc(c) + "</a></p>";
  }

  private static String mention(Mention m, String text) {
    CodedEvent ev = m.event();
    StringBuilder b = new StringBuilder("<li class=\"mention\"><div class=\"src\"><a class=\"article-link\" href=\"/articles/")
        .append(esc(Html.url(m.articleId()))).append("\">").append(esc(m.outlet() == null ? m.articleId() : m.outlet()))
        .append("</a> ").append(esc(m.published() == null ? "" : m.published().toString()))
        .append(" <span class=\"muted\">").append(esc(ev.modality() == null ? "" : ev.modality().label()))
        .append("</span></div>");
    var evidence = ev.evidence();
    if (text != null && evidence != null && evidence.end() <= text.length()) {
      b.append("<blockquote>").append(Html.highlight(text, ArticleSpans.of(ev), evidence.start(), evidence.end()))
          .append("</blockquote>");
    }
    if (evidence != null) {
      b.append("<div class=\"muted\">trigger “").append(esc(evidence.trigger() == null ? "" : evidence.trigger().text()))
          .append("” by <code class=\"rule\">").append(esc(evidence.rule())).append("</code>; date ")
          .append(esc(ev.date().value())).append(" by <code>").append(esc(ev.date().rule())).append("</code></div>");
    }
    if (m.reason() != null) {
      b.append("<div class=\"muted\">merge: ").append(esc(m.reason())).append("</div>");
    }
    return b.append("</li>").toString();
  }
}
