package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.CodedArticle;
import org.annals.nlp.PipelineFactory;
import org.annals.server.AnnalsServer;
import org.annals.server.ServerConfig;
import org.annals.server.Tokens;
import org.annals.store.EventStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by {@code annals serve} and {@code annals demo}, and the serving loop. */
final class ServeOptions {
  @Option(names = "--port", defaultValue = "7070", description = "TCP port (default 7070; 0 picks a free one).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default 127.0.0.1).")
  String bind;

  @Option(names = "--data", defaultValue = "annals-data", paramLabel = "DIR",
      description = "Folder of the write token (DIR/token; default annals-data).")
  Path data;

  @Option(names = "--new-token", description = "Replace the write token with a new one (printed once).")
  boolean newToken;

  @Option(names = "--max-body", defaultValue = "1000000", paramLabel = "BYTES",
      description = "Largest accepted request body; larger ones get 413 (default 1000000).")
  long maxBody;

  @Option(names = "--remote-reads", description = "Allow reads from non-loopback addresses (writes always need the token).")
  boolean remoteReads;

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "A host name the server answers to besides localhost, the bound address and IP addresses (repeatable).")
  List<String> hosts = new ArrayList<>();

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "An origin (https://host[:port]) whose pages may read the API; none by default (repeatable).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--read-timeout", paramLabel = "SECONDS",
      description = "Longest time one API read or page may take; slower ones are answered 503 (default: ${DEFAULT-VALUE}).")
  long readTimeout = ServerConfig.DEFAULT_READ_TIMEOUT_MS / 1000;

  @Mixin BudgetOptions budget = new BudgetOptions();

  private long readTimeoutMillis() {
    if (readTimeout < 1 || readTimeout > 3_600) {
      throw new BadInputException("--read-timeout must be 1 to 3600 seconds, got " + readTimeout);
    }
    return readTimeout * 1000;
  }

  /**
   * Serves {@code store} (opened from {@code url}) until the process is stopped; closes the store
   * then. Reads are cached for an embedded DuckDB store, which no other process can write.
   */
  void serve(EventStore store, String url, PrintWriter out) throws InterruptedException {
    Tokens.Token token = Tokens.loadOrCreate(data.resolve("token"), newToken);
    java.util.function.Function<Article, CodedArticle> coder =
        budget.budget().coder(() -> PipelineFactory.shared()::code);
    ServerConfig config = new ServerConfig(store, coder::apply, null, bind, port,
        token.value(), maxBody, remoteReads, false)
        .withKb(BundledKnowledgeBase.load()).withCacheReads(url.startsWith("jdbc:duckdb:"))
        .withHosts(hosts, corsOrigins).withReadTimeout(readTimeoutMillis());
    AnnalsServer server = AnnalsServer.create(config).start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }));
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    out.println("annals: serving on http://" + host + ":" + server.port() + "/  (Ctrl-C stops)");
    if (token.created()) {
      out.println("annals: new write token (shown once; kept in " + data.resolve("token") + "): " + token.value());
    }
    out.flush();
    stopped.await();
  }
}
