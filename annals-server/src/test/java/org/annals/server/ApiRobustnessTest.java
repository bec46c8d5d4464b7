package org.annals.server;

import static org.annals.server.ApiTest.TOKEN;
import static org.annals.server.ApiTest.assertError;
import static org.annals.server.ApiTest.config;
import static org.annals.server.ApiTest.test;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import okhttp3.Response;
import org.annals.model.AnnalsException;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Json;
import org.annals.model.budget.Budget;
import org.annals.store.EventStore;
import org.junit.jupiter.api.Test;

/** Hostile and unlucky requests (issue 16): each answer is the right status with a safe body. */
class ApiRobustnessTest {
  @Test
  void dyadTimelineByYear() {
    test((server, client) -> {
      ApiTest.Reply r = client.get("/api/dyads/RUS/USA/timeline?interval=year");
      assertThat(r.status()).as(r.json().toString()).isEqualTo(200);
      assertThat(r.json().path("interval").asText()).isEqualTo("year");
      JsonNode buckets = r.json().path("buckets");
      assertThat(buckets.findValuesAsText("period")).containsExactly("2025");
      assertThat(buckets.get(0).path("events").asInt()).isEqualTo(8);
    });
  }

  @Test
  void negativeYearsKeepTheirEra() {
    test((server, client) -> {
      assertThat(client.get("/api/events?to=-2024-12-31").json().path("total").asInt()).isZero();
      assertThat(client.get("/api/events?from=-2024-12-31").json().path("total").asInt())
          .isEqualTo(client.get("/api/events").json().path("total").asInt());
    });
  }

  @Test
  void outOfRangeDatesAreBadInput() {
    test((server, client) -> {
      assertError(client.post("/api/articles", "{\"text\": \"x\", \"published\": \"+999999999-01-01\"}", TOKEN),
          400, "'published'", "out of range");
      assertError(client.get("/api/events?from=%2B999999999-01-01"), 400, "'from'", "out of range");
      assertError(client.get("/api/network?to=-999999999-01-01"), 400, "'to'", "out of range");
    });
  }

  @Test
  void internalErrorsCarryAnIdAndNoDetails() {
    ServerConfig failing = config().withCoder(a -> {
      throw new AnnalsException("Binder Error: Referenced column \"secret_column\" not found in FROM clause");
    });
    test(failing, (server, client) -> {
      ApiTest.Reply r = client.post("/api/articles", "{\"text\": \"x\"}", TOKEN);
      assertThat(r.status()).isEqualTo(500);
      String id = r.json().path("error_id").asText();
      assertThat(id).matches("[0-9a-f]{1,12}");
      assertThat(r.json().path("message").asText()).contains(id).doesNotContain("secret_column", "Binder");
    });
  }

  @Test
  void onlyKnownHostNamesAreAnswered() {
    test((server, client) -> {
      assertThat(status(client, "/api/health", "Host", "rebound.attacker.example:7070")).isEqualTo(403);
      assertThat(status(client, "/api/events", "Host", "rebound.attacker.example")).isEqualTo(403);
      assertThat(status(client, "/api/health", "Host", "localhost:7070")).isEqualTo(200);
      assertThat(status(client, "/api/health", "Host", "127.0.0.1:7070")).isEqualTo(200);
      assertThat(status(client, "/api/health", "Host", "[::1]:7070")).isEqualTo(200);
    });
    test(config().withHosts(List.of("annals.lan"), List.of()), (server, client) ->
        assertThat(status(client, "/api/health", "Host", "Annals.LAN:7070")).isEqualTo(200));
  }

  @Test
  void corsHeadersOnlyForConfiguredOrigins() {
    test((server, client) -> {
      try (Response r = client.http().get("/api/health", req -> req.header("Origin", "https://elsewhere.example"))) {
        assertThat(r.header("Access-Control-Allow-Origin")).isNull();
      }
    });
    test(config().withHosts(List.of(), List.of("https://app.example.org")), (server, client) -> {
      try (Response r = client.http().get("/api/health", req -> req.header("Origin", "https://app.example.org"))) {
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.org");
      }
      try (Response r = client.http().get("/api/health", req -> req.header("Origin", "https://other.example"))) {
        assertThat(r.header("Access-Control-Allow-Origin")).isNull();
      }
    });
  }

  @Test
  void methodOverrideIsRefused() {
    test((server, client) -> {
      try (Response r = client.http().get("/api/health", req -> req.header("X-HTTP-Method-Override", "POST"))) {
        assertThat(r.code()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(r.body().string()).path("message").asText()).contains("X-HTTP-Method-Override");
      }
    });
  }

  @Test
  void actorSearchTakesWildcardsLiterally() {
    test((server, client) -> {
      assertThat(client.get("/api/actors?q=%25").json().path("items").size()).isZero();
      assertThat(client.get("/api/actors?q=_").json().path("items").size()).isZero();
      assertThat(client.get("/api/actors?q=rus").json().path("items").size()).isPositive();
    });
  }

  @Test
  void onlyAsciiDigitsAreNumbers() {
    test((server, client) -> {
      assertError(client.get("/api/events?page=%EF%BC%92"), 400, "'page'", "whole number");
      assertThat(client.get("/api/events?page=2&size=1").status()).isEqualTo(200);
    });
  }

  @Test
  void postedArticlesAreCodedWithinTheirBudget() {
    Budget budget = new Budget(50_000, 500, 5_000, Duration.ofMillis(500));
    Function<Article, CodedArticle> slowOnSlow = a -> {
      if (a.text().contains("SLOW")) {
        try {
          Thread.sleep(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return new CodedArticle(a, List.of(), List.of(), List.of(), 1, 1, null);
    };
    test(config().withCoder(budget.coder(() -> slowOnSlow)::apply), (server, client) -> {
      assertError(client.post("/api/articles", "{\"text\": \"" + "[".repeat(20_000) + "\"}", TOKEN), 400, "tokens");
      long t0 = System.nanoTime();
      assertError(client.post("/api/articles", "{\"text\": \"SLOW talks\"}", TOKEN), 503, "longer than");
      assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
      assertThat(client.post("/api/articles", "{\"text\": \"Quick talks.\"}", TOKEN).status()).isEqualTo(201);
      long t1 = System.nanoTime();
      assertError(client.post("/api/articles", "[".repeat(100_000), TOKEN), 400, "not JSON", "nesting depth");
      assertThat((System.nanoTime() - t1) / 1_000_000).as("a body of 100 KB of [ is refused at once").isLessThan(2_000);
    });
  }

  private static int status(ApiTest.Client client, String path, String header, String value) throws Exception {
    try (Response r = client.http().get(path, req -> req.header(header, value))) {
      return r.code();
    }
  }

  @Test
  void aSlowReadIsAnswered503WithinTheReadTimeout() {
    EventStore real = Fixtures.store();
    EventStore slow = (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(),
        new Class<?>[] {EventStore.class}, (proxy, method, args) -> {
          if (method.getName().equals("event")) {
            Thread.sleep(10_000); // a query that does not end in time
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    test(ServerConfig.of(slow, TOKEN).withReadTimeout(300), (server, client) -> {
      long start = System.nanoTime();
      ApiTest.Reply r = client.get("/api/events/c0000000000000001");
      assertError(r, 503, "longer than 300 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(client.get("/api/health").status()).isEqualTo(200); // the server goes on
    });
  }
}
