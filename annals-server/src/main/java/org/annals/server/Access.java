package org.annals.server;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.annals.model.BadInputException;

/**
 * The access rule, run before every request: writes need {@code Authorization: Bearer TOKEN};
 * reads from a non-loopback address are refused unless remote reads are on. Also sets the
 * security headers. Immutable; thread-safe.
 */
final class Access {
  private final byte[] token;
  private final boolean remoteReads;

  Access(String token, boolean remoteReads) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.remoteReads = remoteReads;
  }

  void check(Context ctx) {
    if (ctx.header("X-HTTP-Method-Override") != null) {
      throw new BadInputException("the header X-HTTP-Method-Override is not supported; send the method itself");
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
        + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    if (isWrite(ctx.req().getMethod())) { // the request's own method, never an override header
      if (!hasToken(ctx.header("Authorization"))) {
        ctx.header("WWW-Authenticate", "Bearer");
        throw new ApiException.Unauthorized(
            "writes need the header 'Authorization: Bearer TOKEN' with the token from the data folder (annals-data/token)");
      }
    } else if (!remoteReads && !isLoopback(ctx.req().getRemoteAddr())) {
      throw new ApiException.Forbidden(
          "reads are open only on loopback; start the server with --remote-reads to allow " + ctx.req().getRemoteAddr());
    }
  }

  private static boolean isWrite(String method) {
    return !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
  }

  private boolean hasToken(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token);
  }

  static boolean isLoopback(String address) {
    try {
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
