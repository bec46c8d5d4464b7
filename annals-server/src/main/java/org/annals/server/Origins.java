package org.annals.server;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which names the server answers to and which origins may read it from a browser. A request
 * whose {@code Host} is neither {@code localhost}, the bound address, an IP literal nor a
 * configured host is refused (403): that is what a page does after rebinding its own name to
 * 127.0.0.1 (DNS rebinding). CORS headers go only to the configured origins. Immutable;
 * thread-safe.
 */
final class Origins {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.%]+\\]");
  private final Set<String> hosts = new HashSet<>();
  private final List<String> corsOrigins;

  Origins(String bind, List<String> hosts, List<String> corsOrigins) {
    this.hosts.add("localhost");
    this.hosts.add(bind.toLowerCase(Locale.ROOT));
    this.hosts.addAll(hosts);
    this.corsOrigins = List.copyOf(corsOrigins);
  }

  void check(Context ctx) {
    String host = hostName(ctx.header("Host"));
    if (host == null || !allowed(host)) {
      throw new ApiException.Forbidden("this server does not answer to the host name '" + ctx.header("Host")
          + "'; start it with --allow-host NAME to accept that name");
    }
    String origin = ctx.header("Origin");
    if (origin != null && corsOrigins.contains(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Vary", "Origin");
    }
  }

  boolean allowed(String host) {
    return hosts.contains(host) || IPV4.matcher(host).matches() || IPV6.matcher(host).matches()
        || host.startsWith("[") && hosts.contains(host.substring(1, host.length() - 1));
  }

  /** The name of a Host header without its port, lower-case, without a final dot; null if absent. */
  static String hostName(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String h = header.strip().toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    if (colon > h.lastIndexOf(']')) {
      h = h.substring(0, colon);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
