package org.annals.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annals.model.AnnalsException;
import org.annals.model.BadInputException;
import org.annals.model.budget.BudgetException;
import org.annals.server.pages.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mapping from exceptions to HTTP statuses: {@link ApiException} to its status,
 * {@link BadInputException} to 400 (a {@link BudgetException} for time to 503), other {@link AnnalsException}s and anything unexpected to 500
 * with an error id and a generic message (the details are logged under the id).
 * API paths answer {@code {"status":400,"message":"..."}}; pages answer an HTML page.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private Errors() {}

  static void install(Javalin app) {
    app.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
    app.exception(BadInputException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
    app.exception(BudgetException.class, (e, ctx) -> respond(ctx, e.timedOut() ? 503 : 400, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
    app.exception(AnnalsException.class, Errors::internal);
    app.exception(Exception.class, Errors::internal);
    app.error(404, ctx -> {
      if (ctx.resultInputStream() == null) {
        respond(ctx, 404, "no such path: " + ctx.path());
      }
    });
  }

  /**
   * 500 with a generic message and an error id; the details (a database's error text, a stack
   * trace) go only to the server log, under that id.
   */
  static void internal(Exception e, Context ctx) {
    String id = Long.toHexString(RANDOM.nextLong() >>> 16);
    LOG.error("error {}: {} {} failed", id, ctx.method(), ctx.path(), e);
    respond(ctx, 500, "internal error " + id + " (details in the server log under this id)", id);
  }

  static void respond(Context ctx, int status, String message) {
    respond(ctx, status, message, null);
  }

  private static void respond(Context ctx, int status, String message, String errorId) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", status);
      body.put("message", message);
      if (errorId != null) {
        body.put("error_id", errorId);
      }
      ctx.json(body);
    } else {
      ctx.html(Html.page("Error " + status, Html.esc(message), ""));
    }
  }
}
