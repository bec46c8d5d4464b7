package org.annals.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import org.annals.model.AnnalsException;

/**
 * The web app and HTTP API over an {@link org.annals.store.EventStore}. Create with
 * {@link #create(ServerConfig)}, then {@link #start()}; {@link #app()} gives the Javalin app for
 * in-process tests. Handlers run concurrently; the store and coder must be thread-safe.
 */
public final class AnnalsServer implements AutoCloseable {
  private final ServerConfig config;
  private final Javalin app;
  private final Deadline deadline;

  private AnnalsServer(ServerConfig config) {
    this.config = config;
    this.deadline = new Deadline(config.readTimeoutMillis());
    this.app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = config.maxBodyBytes();
      cfg.staticFiles.enableWebjars();
      cfg.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/org/annals/server/static";
        s.location = Location.CLASSPATH;
      });
    });
    Access access = new Access(config.token(), config.remoteReads());
    Origins origins = new Origins(config.bind(), config.hosts(), config.corsOrigins());
    app.before(ctx -> {
      origins.check(ctx);
      access.check(ctx);
    });
    Errors.install(app);
    routes();
  }

  public static AnnalsServer create(ServerConfig config) {
    return new AnnalsServer(config);
  }

  private void routes() {
    var store = config.store();
    var events = new EventsResource(store);
    var articles = new ArticlesResource(store, config.coder(), config.maxBodyBytes(),
        new org.annals.verify.ClaimLedger(config.kb()));
    var actors = new ActorsResource(store, config.kb());
    var pages = new PagesResource(store, config.kb());
    var cache = new ReadCache(config.cacheReads());
    java.util.function.UnaryOperator<io.javalin.http.Handler> read =
        h -> cache.cached(deadline.bounded(h)); // cached answers need no deadline
    byte[] openapi = resource("/org/annals/server/openapi.json");
    app.get("/api/health", new HealthResource(store)::health)
        .get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi))
        .get("/api/events", read.apply(events::list))
        .get("/api/events/{id}", read.apply(events::one))
        .get("/api/articles/{id}", read.apply(articles::one))
        .post("/api/articles", ctx -> {
          try {
            articles.post(ctx);
          } finally {
            cache.invalidate();
          }
        })
        .get("/api/actors", read.apply(actors::list))
        .get("/api/actors/<id>", read.apply(actors::one))
        .get("/api/dyads/{a}/{b}/timeline", read.apply(new DyadsResource(store)::timeline))
        .get("/api/network", read.apply(new NetworkResource(store)::network))
        .get("/", deadline.bounded(pages::search))
        .get("/events/{id}", deadline.bounded(pages::event))
        .get("/articles/{id}", deadline.bounded(pages::article))
        .get("/actors", deadline.bounded(pages::actorList))
        .get("/actors/<id>", deadline.bounded(pages::actor))
        .get("/dyads/{a}/{b}", deadline.bounded(pages::dyad))
        .get("/network", deadline.bounded(pages::network))
        .get("/map", deadline.bounded(pages::map));
  }

  private static byte[] resource(String path) {
    try (InputStream in = AnnalsServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new AnnalsException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AnnalsException("cannot read resource " + path, e);
    }
  }

  /** Starts listening on the configured address and port. */
  public AnnalsServer start() {
    app.start(config.bind(), config.port());
    return this;
  }

  /** The port listened on (useful with port 0). */
  public int port() {
    return app.port();
  }

  public Javalin app() {
    return app;
  }

  public ServerConfig config() {
    return config;
  }

  @Override
  public void close() {
    app.stop();
    deadline.close();
  }
}
