package org.annals.server;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.annals.kb.KnowledgeBase;
import org.annals.server.pages.ActorPage;
import org.annals.server.pages.ArticlePage;
import org.annals.server.pages.DyadPage;
import org.annals.server.pages.EventPage;
import org.annals.server.pages.NetworkPage;
import org.annals.server.pages.SearchPage;
import org.annals.store.CanonicalEventDetail;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.Mention;

/** The HTML pages; each handler reads the store and hands the result to a page renderer. Thread-safe. */
final class PagesResource {
  private final EventStore store;
  private final ActorsResource actors;

  PagesResource(EventStore store, KnowledgeBase kb) {
    this.store = store;
    this.actors = new ActorsResource(store, kb);
  }

  void search(Context ctx) {
    EventQuery q = EventFilters.parse(ctx);
    ctx.html(SearchPage.render(q, EventFilters.run(store, q), ctx.queryString()));
  }

  void event(Context ctx) {
    CanonicalEventDetail d = EventsResource.find(store, ctx.pathParam("id"));
    Map<String, String> texts = new HashMap<>();
    for (Mention m : d.mentions()) {
      if (!texts.containsKey(m.articleId())) {
        store.article(m.articleId()).ifPresent(a -> texts.put(m.articleId(), a.coded().article().text()));
      }
    }
    ctx.html(EventPage.render(d, texts, store.explain(d.event().id())));
  }

  void article(Context ctx) {
    var a = ArticlesResource.find(store, ctx.pathParam("id"));
    ctx.html(ArticlePage.render(a, ArticleClaims.of(a, store)));
  }

  void actorList(Context ctx) {
    ctx.html(ActorPage.list(store.actors(Params.text(ctx, "q"), 500)));
  }

  void actor(Context ctx) {
    var d = ActorsResource.find(store, Params.upperIfCode(ctx.pathParam("id")));
    ctx.html(ActorPage.render(d, actors.roles(d)));
  }

  void dyad(Context ctx) {
    String a = Params.upperIfCode(ctx.pathParam("a"));
    String b = Params.upperIfCode(ctx.pathParam("b"));
    ActorsResource.find(store, a);
    ActorsResource.find(store, b);
    var page = store.events(EventQuery.all().withActor(a).withPartner(b).withPage(0, 1000));
    ctx.html(DyadPage.render(a, b, page.items(), page.total()));
  }

  void map(Context ctx) {
    EventQuery q = EventFilters.parse(ctx);
    ctx.html(org.annals.server.pages.MapPage.render(q, ctx.queryString() == null ? ""
        : ctx.queryString()));
  }

  void network(Context ctx) {
    ctx.html(NetworkPage.render(EventFilters.parse(ctx)));
  }
}
