package com.pointsdesk.bench.driver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;

/** The driver's HTTP client: one keep-alive pool, HTTP/1.1, localhost only. */
final class Http {

  static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "http-client");
        t.setDaemon(true);
        return t;
      }))
      .build();
  static final String INTAKE_AUTH = basic("intake", "intake");
  static final String SUPERVISOR_AUTH = basic("supervisor", "supervisor");

  private Http() {}

  record Response(int status, String body) {}

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A GET or POST (JSON body, or none) with HTTP Basic {@code auth}; any status is returned. */
  static Response call(String method, String url, String auth, String jsonBody) throws Exception {
    return call(method, url, auth, jsonBody, 60);
  }

  static Response call(String method, String url, String auth, String jsonBody, int timeoutSeconds)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeoutSeconds))
        .header("Authorization", auth).header("Accept", "application/json");
    if (method.equals("GET")) {
      b.GET();
    } else {
      b.header("Content-Type", "application/json")
          .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
    }
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.body());
  }

  static Response get(String url) throws Exception {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(300)).GET().build(), HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.body());
  }

  static Map<String, Object> getJson(String url) throws Exception {
    Response r = get(url);
    if (r.status() != 200) {
      throw new IllegalStateException("GET " + url + " -> " + r.status() + " " + Json.abbreviate(r.body()));
    }
    return Json.parse(r.body());
  }

  static Map<String, Object> postJson(String url, Object body) throws Exception {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(600))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : Json.write(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("POST " + url + " -> " + r.statusCode() + " " + Json.abbreviate(r.body()));
    }
    return Json.parse(r.body());
  }
}
