package org.annals.server;

import java.util.List;
import java.util.Locale;
import org.annals.kb.KnowledgeBase;
import org.annals.model.BadInputException;
import org.annals.store.EventStore;

/**
 * Everything the server needs, validated in one place (errors name the field).
 *
 * @param store the event store to serve (required)
 * @param coder codes articles for {@code POST /api/articles}; null disables the endpoint (503)
 * @param kb knowledge base for actors' roles over time; null shows no roles
 * @param bind address to listen on; {@code 127.0.0.1} by default
 * @param port TCP port, 0 for any free port
 * @param token bearer token required by write endpoints (at least 16 characters)
 * @param maxBodyBytes largest accepted request body; larger ones get 413
 * @param remoteReads whether reads are allowed from non-loopback addresses
 * @param cacheReads whether identical API reads are answered from memory (cleared on every write);
 *     only correct when no other process writes the store (embedded DuckDB)
 * @param hosts host names accepted in the {@code Host} header besides {@code localhost}, the bound
 *     address and IP literals (a page whose name was rebound to 127.0.0.1 is refused)
 * @param corsOrigins origins (such as {@code https://app.example.org}) that get CORS headers;
 *     none by default
 */
public record ServerConfig(
    EventStore store, ArticleCoder coder, KnowledgeBase kb, String bind, int port, String token,
    long maxBodyBytes, boolean remoteReads, boolean cacheReads, List<String> hosts,
    List<String> corsOrigins, long readTimeoutMillis) {

  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_BODY = 1_000_000;
  /** Longest time one API read may take before it is answered 503 (30 s). */
  public static final long DEFAULT_READ_TIMEOUT_MS = 30_000;

  public ServerConfig {
    if (store == null) {
      throw new BadInputException("server config: store is required");
    }
    if (bind == null || bind.isBlank()) {
      throw new BadInputException("server config: bind must be an address such as 127.0.0.1");
    }
    if (port < 0 || port > 65_535) {
      throw new BadInputException("server config: port must be 0 to 65535, got " + port);
    }
    if (token == null || token.length() < 16) {
      throw new BadInputException("server config: token must have at least 16 characters");
    }
    if (maxBodyBytes < 1) {
      throw new BadInputException("server config: maxBodyBytes must be positive, got " + maxBodyBytes);
    }
    if (readTimeoutMillis < 1) {
      throw new BadInputException("server config: read timeout must be positive, got " + readTimeoutMillis + " ms");
    }
    hosts = hosts == null ? List.of() : hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    for (String o : corsOrigins) {
      if (!o.matches("https?://[^/\\s]+")) {
        throw new BadInputException("server config: CORS origin must be scheme://host[:port], got '" + o + "'");
      }
    }
  }

  /** The config with the network settings of {@link #of}, for the first nine components. */
  public ServerConfig(EventStore store, ArticleCoder coder, KnowledgeBase kb, String bind, int port, String token,
      long maxBodyBytes, boolean remoteReads, boolean cacheReads) {
    this(store, coder, kb, bind, port, token, maxBodyBytes, remoteReads, cacheReads, List.of(), List.of(),
        DEFAULT_READ_TIMEOUT_MS);
  }

  /** Loopback, port 7070, 1 MB bodies, no coder, no KB, reads only from loopback. */
  public static ServerConfig of(EventStore store, String token) {
    return new ServerConfig(store, null, null, DEFAULT_BIND, DEFAULT_PORT, token, DEFAULT_MAX_BODY, false, false);
  }

  public ServerConfig withCoder(ArticleCoder c) {
    return new ServerConfig(store, c, kb, bind, port, token, maxBodyBytes, remoteReads, cacheReads,
        hosts, corsOrigins, readTimeoutMillis);
  }

  public ServerConfig withKb(KnowledgeBase k) {
    return new ServerConfig(store, coder, k, bind, port, token, maxBodyBytes, remoteReads, cacheReads,
        hosts, corsOrigins, readTimeoutMillis);
  }

  public ServerConfig withAddress(String b, int p) {
    return new ServerConfig(store, coder, kb, b, p, token, maxBodyBytes, remoteReads, cacheReads,
        hosts, corsOrigins, readTimeoutMillis);
  }

  public ServerConfig withMaxBodyBytes(long m) {
    return new ServerConfig(store, coder, kb, bind, port, token, m, remoteReads, cacheReads, hosts,
        corsOrigins, readTimeoutMillis);
  }

  public ServerConfig withCacheReads(boolean c) {
    return new ServerConfig(store, coder, kb, bind, port, token, maxBodyBytes, remoteReads, c, hosts,
        corsOrigins, readTimeoutMillis);
  }

  public ServerConfig withHosts(List<String> h, List<String> origins) {
    return new ServerConfig(store, coder, kb, bind, port, token, maxBodyBytes, remoteReads, cacheReads, h, origins, readTimeoutMillis);
  }

  public ServerConfig withRemoteReads(boolean r) {
    return new ServerConfig(store, coder, kb, bind, port, token, maxBodyBytes, r, cacheReads, hosts,
        corsOrigins, readTimeoutMillis);
  }

  public ServerConfig withReadTimeout(long millis) {
    return new ServerConfig(store, coder, kb, bind, port, token, maxBodyBytes, remoteReads, cacheReads,
        hosts, corsOrigins, millis);
  }
}
