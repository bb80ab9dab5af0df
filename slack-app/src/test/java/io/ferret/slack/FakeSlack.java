package io.ferret.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Slack's Web API played locally: records every call, answers the methods the app uses like Slack does, and
 * answers scripted errors first when told to.
 */
final class FakeSlack implements AutoCloseable {
  /** One request the app made: the method (or "upload", "respond"), its parameters and its raw body. */
  record Call(String method, Map<String, String> params, String body) {
    String param(String name) {
      return params.getOrDefault(name, "");
    }

    /** Every text in the call's Block Kit blocks, one per line, as a reader would see it. */
    String blockText() {
      try {
        StringBuilder text = new StringBuilder();
        new ObjectMapper().readTree(param("blocks").isEmpty() ? "[]" : param("blocks")).findValues("text")
            .forEach(node -> text.append(node.isTextual() ? node.asText() : node.path("text").asText())
                .append('\n'));
        return text.toString();
      } catch (IOException e) {
        throw new AssertionError("blocks are not JSON: " + param("blocks"), e);
      }
    }
  }

  /** A scripted answer: HTTP status, JSON body and extra headers. */
  record Reply(int status, String body, Map<String, String> headers) {}

  private final HttpServer server;
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Queue<Reply>> scripted = new HashMap<>();
  private boolean rejectToken;
  private volatile String socketUrl = "";
  private final AtomicLong ts = new AtomicLong(1_700_000_000L);

  FakeSlack() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  /** The Web API base URL, for SlackConfig's methods endpoint prefix. */
  String apiUrl() {
    return base() + "/api/";
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers the next call of {@code method} about {@code channel} with {@code reply} instead of success. */
  synchronized void failNext(String method, String channel, Reply reply) {
    scripted.computeIfAbsent(method + " " + channel, m -> new ArrayDeque<>()).add(reply);
  }

  /** The ws:// URL apps.connections.open hands out. */
  void socketUrl(String url) {
    socketUrl = url;
  }

  /** From now on auth.test answers invalid_auth, as for a revoked token. */
  synchronized void rejectToken() {
    rejectToken = true;
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Waits until some call matches, and returns the first that does. */
  Call await(String method, Predicate<Call> matches, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (Call call : calls(method)) {
        if (matches.test(call)) {
          return call;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no " + method + " call matched within " + timeout + "; calls: " + calls());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      byte[] raw = exchange.getRequestBody().readAllBytes();
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      String body = new String(raw, StandardCharsets.UTF_8);
      String method = path.startsWith("/api/") ? path.substring(5) : path.split("/")[1];
      Map<String, String> params = new LinkedHashMap<>(type != null && type.startsWith("application/x-www-form-urlencoded")
          ? form(body) : method.equals("upload") ? Map.of("file_id", path.substring("/upload/".length()))
          : Map.of());
      if (method.equals("files.getUploadURLExternal")) {
        params.put("file_id", "F" + ts.incrementAndGet()); // recorded, so tests can follow the file through
      }
      Reply reply;
      synchronized (this) {
        calls.add(new Call(method, params, body));
        Queue<Reply> queue = scripted.get(method + " " + params.get("channel"));
        reply = queue != null && !queue.isEmpty() ? queue.poll()
            : rejectToken && method.equals("auth.test") ? new Reply(200, "{\"ok\":false,\"error\":\"invalid_auth\"}",
                Map.of()) : null;
      }
      if (reply == null) {
        reply = new Reply(200, success(method, params), Map.of());
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status(), out.length);
      try (OutputStream stream = exchange.getResponseBody()) {
        stream.write(out);
      }
    }
  }

  private String success(String method, Map<String, String> params) {
    return switch (method) {
      case "auth.test" -> "{\"ok\":true,\"user_id\":\"UBOT\",\"team_id\":\"T1\",\"bot_id\":\"B1\",\"user\":\"ferret\"}";
      case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\""
          + ts.incrementAndGet() + ".000100\"}";
      case "chat.update" -> "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"" + params.get("ts")
          + "\"}";
      case "files.getUploadURLExternal" -> "{\"ok\":true,\"upload_url\":\"" + base() + "/upload/"
          + params.get("file_id") + "\",\"file_id\":\"" + params.get("file_id") + "\"}";
      case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
      case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":" + params.get("files") + "}";
      case "upload", "respond" -> "OK";
      default -> "{\"ok\":true}";
    };
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return params;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
