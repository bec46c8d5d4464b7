package org.annals.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annals.model.AnnalsException;
import org.annals.model.BadInputException;
import org.annals.server.pages.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mapping from exceptions to HTTP statuses: {@link ApiException} to its status,
 * {@link BadInputException} to 400, other {@link AnnalsException}s and anything unexpected to 500.
 * API paths answer {@code {"status":400,"message":"..."}}; pages answer an HTML page.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static void install(Javalin app) {
    app.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
    app.exception(BadInputException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
    app.exception(AnnalsException.class, (e, ctx) -> {
      LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
      respond(ctx, 500, e.getMessage());
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      respond(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); see the server log");
    });
    app.error(404, ctx -> {
      if (ctx.resultInputStream() == null) {
        respond(ctx, 404, "no such path: " + ctx.path());
      }
    });
  }

  static void respond(Context ctx, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", status);
      body.put("message", message);
      ctx.json(body);
    } else {
      ctx.html(Html.page("Error " + status, Html.esc(message), ""));
    }
  }
}
