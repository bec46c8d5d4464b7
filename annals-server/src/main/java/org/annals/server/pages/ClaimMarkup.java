package org.annals.server.pages;

import static org.annals.server.pages.Html.esc;

import java.util.List;
import org.annals.server.ArticleClaims;
import org.annals.server.ArticleSpans.HSpan;
import org.annals.store.ClaimStore;

/**
 * The claims on the article page: each claim's words wrapped in a verdict-coloured span (with the
 * event highlights inside) followed by a badge linking to its entry, and the list of claims with
 * verdict, reason and links to the evidence events. Pure; thread-safe.
 */
final class ClaimMarkup {
  private ClaimMarkup() {}

  /** The article text with event spans highlighted and claims marked (overlapping claims: the first). */
  static String text(String text, List<HSpan> spans, List<ArticleClaims.Checked> claims) {
    StringBuilder b = new StringBuilder();
    int pos = 0;
    for (int i = 0; i < claims.size(); i++) {
      var c = claims.get(i).claim();
      if (c.start() < pos || c.end() > text.length() || c.end() <= c.start()) {
        continue;
      }
      String verdict = verdict(claims.get(i));
      b.append(Html.highlight(text, spans, pos, c.start()))
          .append("<span class=\"claim claim-").append(esc(verdict)).append("\" id=\"claim-text-").append(i + 1)
          .append("\" title=\"").append(esc(c.kind() + ": " + verdict)).append("\">")
          .append(Html.highlight(text, spans, c.start(), c.end())).append("</span>")
          .append("<sup class=\"claim-badge claim-").append(esc(verdict)).append("\"><a href=\"#claim-")
          .append(i + 1).append("\">C").append(i + 1).append(' ').append(esc(verdict)).append("</a></sup>");
      pos = c.end();
    }
    return b.append(Html.highlight(text, spans, pos, text.length())).toString();
  }

  /** The claims section: one entry per claim with its verdict, reason and evidence links. */
  static String list(List<ArticleClaims.Checked> claims) {
    if (claims.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<h2>Claims</h2><ol class=\"claims\" id=\"claims\">");
    for (int i = 0; i < claims.size(); i++) {
      ArticleClaims.Checked c = claims.get(i);
      String verdict = verdict(c);
      b.append("<li id=\"claim-").append(i + 1).append("\"><a href=\"#claim-text-").append(i + 1).append("\">C")
          .append(i + 1).append("</a> <code>").append(esc(c.claim().kind())).append("</code> “")
          .append(esc(c.claim().text())).append("” <span class=\"verdict claim-").append(esc(verdict))
          .append("\">").append(esc(verdict)).append("</span>");
      if (c.reason() != null) {
        b.append("<br><span class=\"muted\">").append(esc(c.reason())).append("</span>");
      }
      if (!c.evidence().isEmpty()) {
        b.append("<ul class=\"evidence\">");
        for (ClaimStore.EvidenceRef e : c.evidence()) {
          b.append("<li><a class=\"evidence-link\" href=\"/events/").append(esc(Html.url(e.id()))).append("\">")
              .append(esc(e.date() == null ? e.id() : e.date())).append("</a> <span class=\"muted\">")
              .append(esc(e.role())).append("</span></li>");
        }
        b.append("</ul>");
      }
      b.append("</li>");
    }
    return b.append("</ol>").toString();
  }

  private static String verdict(ArticleClaims.Checked c) {
    return c.verdict() == null ? "unverified" : c.verdict();
  }
}
