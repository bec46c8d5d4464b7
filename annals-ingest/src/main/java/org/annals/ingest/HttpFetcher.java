package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Fetches http(s) URLs with time-outs and a size limit; every problem becomes a {@link
 * SkipException} with code UNREACHABLE (or TOO_LARGE). Thread-safe (one shared {@link HttpClient}).
 */
public final class HttpFetcher {
  /** A fetched document. */
  public record Page(URI uri, String contentType, byte[] body) {}

  private final HttpClient client;
  private final Duration timeout;
  private final int maxBytes;

  public HttpFetcher(Duration timeout, int maxBytes) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** True for http and https URLs (what {@link #get} accepts). */
  public static boolean isHttp(String s) {
    String l = s.toLowerCase(java.util.Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  public Page get(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new SkipException(FailureCode.UNREACHABLE, "not a valid URL: " + url);
    }
    if (!isHttp(uri.toString())) {
      throw new SkipException(FailureCode.UNREACHABLE, "only http(s) URLs can be fetched: " + url);
    }
    HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("User-Agent", "annals-ingest/0.1").GET().build();
    try {
      HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = resp.body()) {
        if (resp.statusCode() / 100 != 2) {
          throw new SkipException(FailureCode.UNREACHABLE, url + ": HTTP status " + resp.statusCode());
        }
        byte[] body = in.readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
          throw new SkipException(FailureCode.TOO_LARGE, url + ": response larger than " + maxBytes + " bytes");
        }
        return new Page(resp.uri(), resp.headers().firstValue("Content-Type").orElse(""), body);
      }
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new SkipException(FailureCode.UNREACHABLE, url + ": cannot connect ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
    } catch (HttpTimeoutException e) {
      throw new SkipException(FailureCode.UNREACHABLE, url + ": timed out after " + timeout.toSeconds() + " s", e);
    } catch (IOException e) {
      throw new SkipException(FailureCode.UNREACHABLE, url + ": " + AbstractSource.describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestCancelledException("interrupted while fetching " + url);
    }
  }
}
