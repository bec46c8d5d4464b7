package org.annals.server.pages;

import static org.annals.server.pages.Html.esc;

import java.util.List;
import org.annals.model.Article;
import org.annals.model.CodedEvent;
import org.annals.model.Warning;
import org.annals.server.ArticleClaims;
import org.annals.server.ArticleSpans;
import org.annals.store.Mention;
import org.annals.store.StoredArticle;

/** The article page: its text with highlighted spans and claims, its claims (verdicts, evidence) and events beside it, and warnings. Pure; thread-safe. */
public final class ArticlePage {
  private ArticlePage() {}

  public static String render(StoredArticle a, List<ArticleClaims.Checked> claims) {
    Article art = a.coded().article();
    StringBuilder b = new StringBuilder("<p class=\"meta\">")
        .append(esc(art.outlet())).append(" · ").append(esc(art.published() == null ? "no date" : art.published().toString()));
    if (art.url() != null) {
      b.append(" · <span class=\"url\">").append(esc(art.url())).append("</span>");
    }
    b.append(" · id <code>").append(esc(art.id())).append("</code></p>");
    if (a.nearDuplicateOf() != null) {
      b.append("<p class=\"warning\">Near-duplicate of <a href=\"/articles/").append(esc(Html.url(a.nearDuplicateOf())))
          .append("\">").append(esc(a.nearDuplicateOf())).append("</a></p>");
    }
    if (!a.coded().warnings().isEmpty()) {
      b.append("<ul class=\"warnings\" id=\"warnings\">");
      for (Warning w : a.coded().warnings()) {
        b.append("<li><code>").append(esc(w.code())).append("</code> ").append(esc(w.message())).append("</li>");
      }
      b.append("</ul>");
    }
    b.append("<p class=\"legend\"><mark class=\"hl-actor\">actor</mark> <mark class=\"hl-trigger\">trigger</mark> "
        + "<mark class=\"hl-time\">time</mark> <mark class=\"hl-source\">source</mark>"
        + (claims.isEmpty() ? "" : " <span class=\"claim claim-supported\">claim</span>") + "</p>");
    b.append("<div class=\"two\"><article class=\"text\" id=\"article-text\">")
        .append(ClaimMarkup.text(art.text(), ArticleSpans.of(a.coded().events()), claims))
        .append("</article><aside>").append(ClaimMarkup.list(claims)).append("<h2>Events</h2><ol class=\"article-events\" id=\"article-events\">");
    for (Mention m : a.mentions()) {
      b.append(event(m));
    }
    b.append("</ol></aside></div>");
    String title = art.title() != null ? art.title() : art.file() != null ? art.file() : art.id();
    return Html.page(title, b.toString(), "");
  }

  private static String event(Mention m) {
    CodedEvent e = m.event();
    StringBuilder b = new StringBuilder("<li>");
    String label = e.event() + (e.mode() == null ? "" : "/" + e.mode()) + " " + (e.date().value() == null ? "undated" : e.date().value());
    if (m.canonicalId() != null) {
      b.append("<a class=\"event-link\" href=\"/events/").append(esc(Html.url(m.canonicalId()))).append("\">")
          .append(esc(label)).append("</a>");
    } else {
      b.append(esc(label));
    }
    b.append(" <span class=\"muted\">").append(esc(e.modality() == null ? "" : e.modality().label())).append("</span><br>")
        .append(Html.actors(e.actors()));
    if (!e.recipients().isEmpty()) {
      b.append(" → ").append(Html.actors(e.recipients()));
    }
    return b.append("</li>").toString();
  }
}
