package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.annals.model.Json;

/**
 * Fuzz harness (jqwik) for the API's parameter parsing: every endpoint that reads parameters,
 * with names and values from the committed samples ({@code src/test/resources/fuzz/params.txt})
 * and arbitrary text, answers 200, 400 or 404 with a JSON body that names its status, never 500
 * (or 414 from the HTTP server itself when the URI is longer than it accepts).
 */
class ParamsFuzzTest {
  private static AnnalsServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<String> PATHS = List.of("/api/events", "/api/network", "/api/actors",
      "/api/dyads/RUS/USA/timeline", "/api/actors/RUS", "/api/events/c0000000000000000", "/api/health");

  @BeforeContainer
  static void start() {
    server = AnnalsServer.create(ApiTest.config().withAddress("127.0.0.1", 0)).start();
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Property(seed = FuzzSeed.SEED)
  void parametersNeverCauseAServerError(@ForAll("paths") String path, @ForAll("queries") List<String[]> query)
      throws IOException, InterruptedException {
    StringBuilder q = new StringBuilder();
    for (String[] p : query) {
      q.append(q.length() == 0 ? "?" : "&").append(enc(p[0])).append('=').append(enc(p[1]));
    }
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + path + q)).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() == 414) {
      return; // a URI beyond the HTTP server's limit is refused before any handler: no server error
    }
    assertThat(r.statusCode()).as("%s%s -> %s", path, q, r.body()).isIn(200, 400, 404);
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertThat(body.isObject()).isTrue();
    if (r.statusCode() != 200) {
      assertThat(body.path("status").asInt()).isEqualTo(r.statusCode());
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of(PATHS);
  }

  @Provide
  Arbitrary<List<String[]>> queries() throws IOException {
    List<String[]> samples = Files.readAllLines(Path.of("src", "test", "resources", "fuzz", "params.txt")).stream()
        .filter(l -> l.contains("=")).map(l -> l.split("=", 2)).toList();
    Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(samples.stream().map(s -> s[0]).toList()),
        Arbitraries.strings().ofMaxLength(8));
    Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.of(samples.stream().map(s -> s[1]).toList()),
        Arbitraries.strings().ofMaxLength(40), Arbitraries.strings().withChars("0123456789-+:T%_\\/.").ofMaxLength(24),
        Arbitraries.of("+999999999-01-01", "-999999999-12-31", "2147483648", "-1", "\uFF12", "\u0663", "NaN",
            "1e9", "0", "'; DROP TABLE events; --", "%", "_", "\\", "person/", "a".repeat(5000)));
    return Combinators.combine(names, values).as((n, v) -> new String[] {n, v}).list().ofMaxSize(5);
  }
}
