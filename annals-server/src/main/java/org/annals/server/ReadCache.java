package org.annals.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers repeated identical API reads from memory. The store this server serves changes only
 * through this server's writes (DuckDB allows one writing process per file), and every write
 * clears the cache, so cached answers are never stale for the embedded store; with a shared
 * PostgreSQL store the cache is off. Bounded: cleared when it holds {@link #MAX_ENTRIES}.
 * Thread-safe.
 */
final class ReadCache {
  static final int MAX_ENTRIES = 2_000;

  private record Entry(long generation, String contentType, byte[] body) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final boolean enabled;

  ReadCache(boolean enabled) {
    this.enabled = enabled;
  }

  /** Wraps a JSON read handler: serves a cached answer or runs it and keeps a 200 answer. */
  Handler cached(Handler handler) {
    if (!enabled) {
      return handler;
    }
    return ctx -> {
      String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
      Entry hit = entries.get(key);
      if (hit != null && hit.generation() == generation.get()) {
        ctx.contentType(hit.contentType()).result(hit.body());
        return;
      }
      long gen = generation.get();
      handler.handle(ctx);
      keep(ctx, key, gen);
    };
  }

  private void keep(Context ctx, String key, long gen) throws java.io.IOException {
    if (ctx.statusCode() != 200 || ctx.resultInputStream() == null) {
      return;
    }
    byte[] body = ctx.resultInputStream().readAllBytes();
    ctx.result(body);
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(gen, ctx.res().getContentType(), body));
  }

  /** Forgets everything (after a write). */
  void invalidate() {
    generation.incrementAndGet();
    entries.clear();
  }
}
