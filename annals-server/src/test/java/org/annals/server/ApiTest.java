package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.util.List;
import okhttp3.Response;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.model.CodedArticle;
import org.annals.model.Json;
import org.annals.model.Provenance;
import org.junit.jupiter.api.Test;

/** The HTTP API over a store of pre-coded synthetic articles, endpoint by endpoint. */
class ApiTest {
  static final String TOKEN = "test-token-0123456789";

  /** Runs {@code body} against a fresh server over the fixture store. */
  static void test(ServerConfig config, ApiBody body) {
    AnnalsServer server = AnnalsServer.create(config);
    JavalinTest.test(server.app(), (app, client) -> body.run(server, new Client(client)));
  }

  static void test(ApiBody body) {
    test(config(), body);
  }

  static ServerConfig config() {
    return ServerConfig.of(Fixtures.store(), TOKEN)
        .withCoder(a -> new CodedArticle(a, List.of(), List.of(), List.of(), 1, 5, new Provenance("t", "t", null, null, "0")));
  }

  interface ApiBody {
    void run(AnnalsServer server, Client client) throws Exception;
  }

  /** A reply: status and parsed JSON body. */
  record Reply(int status, JsonNode json) {}

  /** The test client with JSON parsing. */
  record Client(HttpClient http) {
    Reply get(String path) throws IOException {
      return reply(http.get(path));
    }

    Reply post(String path, String body, String token) throws IOException {
      return reply(http.post(path, body, req -> {
        if (token != null) {
          req.header("Authorization", "Bearer " + token);
        }
      }));
    }

    private static Reply reply(Response r) throws IOException {
      try (r) {
        return new Reply(r.code(), Json.MAPPER.readTree(r.body().string()));
      }
    }
  }

  @Test
  void healthReportsStoreCounts() {
    test((server, client) -> {
      Reply r = client.get("/api/health");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().path("status").asText()).isEqualTo("ok");
      assertThat(r.json().path("articles").asLong()).isEqualTo(Fixtures.all().size());
    });
  }

  @Test
  void eventsFilterByDyadTypeAndModeInDateOrder() {
    test((server, client) -> {
      Reply r = client.get("/api/events?actor=RUS&with=usa&type=consult&mode=phone");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().path("total").asInt()).isEqualTo(8);
      assertThat(r.json().path("page").asInt()).isEqualTo(1);
      JsonNode items = r.json().path("items");
      assertThat(items.get(0).path("date").path("value").asText()).isEqualTo("2025-02-12");
      assertThat(items.get(7).path("date").path("value").asText()).isEqualTo("2025-10-16");
      assertThat(items.get(0).path("sources").asInt()).isEqualTo(2);
      assertThat(items.get(0).path("mentions").asInt()).isEqualTo(2);
      assertThat(items.get(0).path("id").asText()).startsWith("c");
      assertThat(items.get(0).path("quad_class").asInt()).isEqualTo(1);
    });
  }

  @Test
  void eventsPageAndDateRange() {
    test((server, client) -> {
      Reply r = client.get("/api/events?actor=RUS&from=2025-06-01&to=2025-06-30&sort=-date&size=1&page=2");
      assertThat(r.json().path("total").asInt()).isEqualTo(2);
      assertThat(r.json().path("items").get(0).path("date").path("value").asText()).isEqualTo("2025-06-04");
    });
  }

  @Test
  void badParametersSayWhatWasWrong() {
    test((server, client) -> {
      assertError(client.get("/api/events?from=3.7.2025"), 400, "'from'", "YYYY-MM-DD");
      assertError(client.get("/api/events?actor=XYZ"), 400, "unknown actor 'XYZ'");
      assertError(client.get("/api/events?actor=RUS&page=9"), 400, "page 9 is out of range");
      assertError(client.get("/api/events?size=0"), 400, "'size'");
      assertError(client.get("/api/events?sort=random"), 400, "'sort'");
      assertError(client.get("/api/events?from=2025-08-01&to=2025-01-01"), 400, "after");
      assertError(client.get("/api/events?actor=%27%3B%20drop%20table"), 400, "is not a code");
      assertError(client.get("/api/dyads/RUS/USA/timeline?interval=week"), 400, "'interval'");
    });
  }

  @Test
  void unknownThingsAre404() {
    test((server, client) -> {
      assertError(client.get("/api/events/c0000"), 404, "no event with id 'c0000'");
      assertError(client.get("/api/articles/a0000"), 404, "no article");
      assertError(client.get("/api/actors/ZZZ"), 404, "unknown actor 'ZZZ'");
      assertError(client.get("/api/dyads/RUS/ZZZ/timeline"), 404, "unknown actor 'ZZZ'");
      assertError(client.get("/api/nothing-here"), 404, "/api/nothing-here");
    });
  }

  @Test
  void oneEventHasEveryMentionWithItsSentence() {
    test((server, client) -> {
      String id = client.get("/api/events?actor=RUS&with=USA&from=2025-07-03&to=2025-07-03")
          .json().path("items").get(0).path("id").asText();
      Reply r = client.get("/api/events/" + id);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().path("event").path("attributes").path("duration").asText()).isEqualTo("PT1H");
      JsonNode mentions = r.json().path("mentions");
      assertThat(mentions).hasSize(2);
      assertThat(mentions.get(0).path("sentence").asText()).contains("spoke by phone on Thursday");
      assertThat(mentions.get(0).path("event").path("evidence").path("rule").asText())
          .isEqualTo("lexicon:consult.speak-by-phone");
      assertThat(r.json().path("explanation").asText()).contains(id);
    });
  }

  @Test
  void articleHasTextSpansEventsAndWarnings() {
    test((server, client) -> {
      String id = Fixtures.injection().article().id();
      Reply r = client.get("/api/articles/" + id);
      assertThat(r.status()).isEqualTo(200);
      String text = r.json().path("article").path("text").asText();
      assertThat(text).contains(Fixtures.INJECTION);
      JsonNode spans = r.json().path("spans");
      assertThat(spans.findValuesAsText("kind")).contains("actor", "trigger", "time");
      JsonNode trigger = spans.get(0);
      for (JsonNode s : spans) {
        if (s.path("kind").asText().equals("trigger")) {
          trigger = s;
        }
      }
      assertThat(text.substring(trigger.path("start").asInt(), trigger.path("end").asInt())).isEqualTo("spoke by phone");
      assertThat(r.json().path("events")).hasSize(1);
      assertThat(r.json().path("warnings").get(0).path("code").asText()).isEqualTo("test");
      JsonNode claim = client.get("/api/articles/" + Fixtures.macron().article().id()).json().path("claims").get(0);
      assertThat(claim.path("verdict").asText() + " " + claim.at("/evidence/0/role").asText())
          .isEqualTo("not-checkable claimed");
    });
  }

  @Test
  void actorsListAndPartners() {
    test((server, client) -> {
      Reply list = client.get("/api/actors");
      assertThat(list.json().path("items").findValuesAsText("id")).contains("RUS", "USA", "FRA");
      Reply rus = client.get("/api/actors/RUS");
      assertThat(rus.json().path("partners").findValuesAsText("key")).contains("USA", "FRA");
      assertThat(rus.json().path("activity").get(0).path("key").asText()).isEqualTo("2025-02");
      assertThat(rus.json().path("roles").isArray()).isTrue();
    });
  }

  @Test
  void personsHaveTheirRolesOverTimeFromTheKnowledgeBase() {
    test(config().withKb(BundledKnowledgeBase.load()), (server, client) -> {
      Reply r = client.get("/api/actors/person/vladimir-putin");
      assertThat(r.status()).as(r.json().toString()).isEqualTo(200);
      assertThat(r.json().path("roles").findValuesAsText("from")).contains("2000-05-07", "2012-05-07");
      assertThat(r.json().path("roles").findValuesAsText("country")).containsOnly("RUS");
      assertThat(r.json().path("partners").findValuesAsText("key")).contains("person/donald-trump");
    });
  }

  @Test
  void dyadTimelineCountsCallsPerMonth() {
    test((server, client) -> {
      Reply r = client.get("/api/dyads/USA/RUS/timeline?interval=month");
      assertThat(r.status()).isEqualTo(200);
      JsonNode buckets = r.json().path("buckets");
      assertThat(buckets.findValuesAsText("period"))
          .containsExactly("2025-02", "2025-03", "2025-05", "2025-06", "2025-07", "2025-08", "2025-10");
      assertThat(buckets.get(3).path("events").asInt()).isEqualTo(2);
      assertThat(buckets.get(3).path("by_type").path("CONSULT").asInt()).isEqualTo(2);
      assertThat(buckets.get(3).path("by_quad_class").path("1").asInt()).isEqualTo(2);
      assertThat(buckets.get(3).path("mean_goldstein").asDouble()).isEqualTo(1.0);
    });
  }

  @Test
  void networkHasCountriesAndEdgeCounts() {
    test((server, client) -> {
      Reply r = client.get("/api/network?type=CONSULT&from=2025-01-01&to=2025-12-31");
      assertThat(r.json().path("nodes").findValuesAsText("id")).contains("RUS", "USA", "FRA");
      JsonNode edge = null;
      for (JsonNode e : r.json().path("edges")) {
        if (e.path("source").asText().equals("RUS") && e.path("target").asText().equals("USA")) {
          edge = e;
        }
      }
      assertThat(edge).isNotNull();
      assertThat(edge.path("events").asInt()).isEqualTo(8);
    });
  }

  @Test
  void writesNeedTheBearerToken() {
    test((server, client) -> {
      String body = "{\"text\": \"Macron and Putin spoke by phone on Tuesday.\", \"published\": \"2025-07-01\"}";
      assertError(client.post("/api/articles", body, null), 401, "Authorization: Bearer");
      assertError(client.post("/api/articles", body, "wrong-token-0123456789"), 401, "Bearer");
      Reply ok = client.post("/api/articles", body, TOKEN);
      assertThat(ok.status()).isEqualTo(201);
      assertThat(ok.json().path("status").asText()).isEqualTo("stored");
      assertThat(client.get("/api/articles/" + ok.json().path("id").asText()).status()).isEqualTo(200);
    });
  }

  @Test
  void cachedReadsSeeEveryWrite() {
    ServerConfig cached = config().withCacheReads(true).withCoder(a ->
        Fixtures.call("Capital Dispatch", "2025-11-20", "Trump", "Putin", "Thursday", "PT1H", "A ninth call, invented here."));
    test(cached, (server, client) -> {
      String calls = "/api/events?actor=RUS&with=USA";
      assertThat(client.get(calls).json().path("total").asInt()).isEqualTo(8);
      assertThat(client.get(calls).json().path("total").asInt()).isEqualTo(8);
      assertThat(client.post("/api/articles", "{\"text\": \"x\"}", TOKEN).status()).isEqualTo(201);
      assertThat(client.get(calls).json().path("total").asInt()).isEqualTo(9);
    });
  }

  @Test
  void badArticleBodies() {
    test(config().withMaxBodyBytes(200), (server, client) -> {
      assertError(client.post("/api/articles", "not json", TOKEN), 400, "not JSON");
      assertError(client.post("/api/articles", "{\"title\": \"x\"}", TOKEN), 400, "\"text\"");
      assertError(client.post("/api/articles", "{\"text\": \"x\", \"published\": \"July\"}", TOKEN), 400, "'published'");
      assertError(client.post("/api/articles", "{\"text\": \"" + "x".repeat(300) + "\"}", TOKEN), 413, "limit is 200");
    });
  }

  @Test
  void withoutCoderPostIsUnavailable() {
    test(ServerConfig.of(Fixtures.store(), TOKEN), (server, client) ->
        assertError(client.post("/api/articles", "{\"text\": \"x\"}", TOKEN), 503, "without a coder"));
  }

  @Test
  void openApiDocumentListsEveryEndpoint() {
    test((server, client) -> {
      Reply r = client.get("/api/openapi.json");
      assertThat(r.json().path("openapi").asText()).startsWith("3.");
      assertThat(r.json().path("paths").fieldNames()).toIterable().contains("/api/events", "/api/events/{id}",
          "/api/articles", "/api/articles/{id}", "/api/actors", "/api/actors/{id}", "/api/dyads/{a}/{b}/timeline",
          "/api/health", "/api/network");
    });
  }

  @Test
  void openApiSchemaDeclaresEveryFieldTheEventEndpointsReturn() {
    test((server, client) -> {
      JsonNode doc = client.get("/api/openapi.json").json();
      JsonNode page = client.get("/api/events?size=1000").json();
      List<String> undeclared = new java.util.ArrayList<>();
      OpenApiCheck.undeclared(page, doc.at("/components/schemas/EventPage"), doc, "$", undeclared);
      assertThat(undeclared).isEmpty();
      assertThat(page.path("items").findValues("location")).anyMatch(l -> l.has("geonames_id"));
      String id = page.path("items").get(0).path("id").asText();
      JsonNode one = client.get("/api/events/" + id).json();
      OpenApiCheck.undeclared(one.path("event"), doc.at("/components/schemas/CanonicalEvent"),
          doc, "$.event", undeclared);
      assertThat(undeclared).isEmpty();
      assertThat(client.get("/api/events?since=2000-01-01").json().path("total").asInt())
          .isEqualTo(page.path("total").asInt());
      assertThat(client.get("/api/events?since=2999-01-01T00:00:00Z").json().path("total")
          .asInt()).isZero();
      assertError(client.get("/api/events?since=soon"), 400, "is not a timestamp");
      long located = page.path("items").findValues("location").stream()
          .filter(l -> l.path("country").asText().equals("RUS")).count();
      assertThat(located).isPositive();
      assertThat(client.get("/api/events?country=RUS").json().path("total").asLong())
          .isEqualTo(located);
      assertThat(client.get("/api/events?country=UKR").json().path("total").asLong()).isZero();
      assertThat(client.get("/api/events?near=61,90,200").json().path("total").asLong())
          .isEqualTo(located);
      assertThat(client.get("/api/events?near=50.45,30.52,200").json().path("total").asLong())
          .isZero();
      assertError(client.get("/api/events?bbox=1,2,3"), 400, "WEST,SOUTH,EAST,NORTH");
    });
  }

  @Test
  void onlyLoopbackAddressesCountAsLocal() {
    assertThat(Access.isLoopback("127.0.0.1")).isTrue();
    assertThat(Access.isLoopback("::1")).isTrue();
    assertThat(Access.isLoopback("10.1.2.3")).isFalse();
    assertThat(Access.isLoopback("192.168.0.7")).isFalse();
  }

  static void assertError(Reply r, int status, String... words) {
    assertThat(r.status()).as(r.json().toString()).isEqualTo(status);
    assertThat(r.json().path("status").asInt()).isEqualTo(status);
    assertThat(r.json().path("message").asText()).contains(words);
  }
}
