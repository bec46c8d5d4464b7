package org.annals.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annals.model.ActorRef;
import org.annals.store.CanonicalEvent;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;

/**
 * {@code GET /api/network?type=&mode=&from=&to=}: countries (or unresolved actors) as nodes and
 * the number of canonical events between two of them as edges. At most {@link #LIMIT} events are
 * counted. Thread-safe.
 */
final class NetworkResource {
  static final int LIMIT = EventQuery.MAX_SIZE;

  /** A node: a country code (or name) with its number of events. */
  record Node(String id, String name, long events) {}

  /** An undirected edge with its number of events. */
  record Edge(String source, String target, long events) {}

  /** The graph and how many events it was built from. */
  record Graph(List<Node> nodes, List<Edge> edges, long events, boolean truncated) {}

  private final EventStore store;

  NetworkResource(EventStore store) {
    this.store = store;
  }

  void network(Context ctx) {
    ctx.json(graph(store, EventFilters.parse(ctx).withPage(0, LIMIT)));
  }

  static Graph graph(EventStore store, EventQuery q) {
    var page = store.events(q);
    Map<String, long[]> nodes = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    Map<String, long[]> edges = new TreeMap<>();
    for (CanonicalEvent e : page.items()) {
      TreeSet<String> keys = new TreeSet<>();
      for (ActorRef a : participants(e)) {
        String k = key(a);
        if (k != null) {
          keys.add(k);
          names.putIfAbsent(k, a.country() != null ? a.country() : a.name());
        }
      }
      keys.forEach(k -> nodes.computeIfAbsent(k, x -> new long[1])[0]++);
      List<String> ks = new ArrayList<>(keys);
      for (int i = 0; i < ks.size(); i++) {
        for (int j = i + 1; j < ks.size(); j++) {
          edges.computeIfAbsent(ks.get(i) + "\t" + ks.get(j), x -> new long[1])[0]++;
        }
      }
    }
    List<Node> ns = new ArrayList<>();
    nodes.forEach((k, v) -> ns.add(new Node(k, names.get(k), v[0])));
    List<Edge> es = new ArrayList<>();
    edges.forEach((k, v) -> es.add(new Edge(k.split("\t")[0], k.split("\t")[1], v[0])));
    return new Graph(ns, es, page.items().size(), page.total() > page.items().size());
  }

  private static List<ActorRef> participants(CanonicalEvent e) {
    List<ActorRef> all = new ArrayList<>(e.actors());
    all.addAll(e.recipients());
    return all;
  }

  private static String key(ActorRef a) {
    if (a.country() != null && !a.country().isBlank()) {
      return a.country();
    }
    return a.name() == null || a.name().isBlank() ? null : a.name();
  }
}
