package io.ferret.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local HTTP API of {@code ferret serve}, with JSON answers: {@code GET /health}, {@code GET /status} and
 * {@code POST /ask} (body {@code {"question": "..."}}).
 */
final class HttpApi implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
  private static final int THREADS = 2;

  private final HttpServer server;
  private final ExecutorService executor;

  private HttpApi(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Binds the address and starts answering. */
  static HttpApi start(ServeSettings settings, Supplier<Health> health, Supplier<Object> status,
      AskEndpoint ask) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT,
          "cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, task -> {
      Thread thread = new Thread(task, "ferret-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/health", exchange -> answer(exchange, "/health", "GET", () -> {
      Health now = health.get();
      return new Reply(now.healthy() ? 200 : 503, now);
    }));
    server.createContext("/status", exchange -> answer(exchange, "/status", "GET",
        () -> new Reply(200, status.get())));
    server.createContext("/ask", exchange -> answer(exchange, "/ask", "POST",
        () -> ask.answer(exchange.getRequestBody().readAllBytes())));
    server.createContext("/", exchange -> answer(exchange, "/", "GET",
        () -> new Reply(404, error("no such endpoint; try /health, /status or /ask"))));
    server.start();
    return new HttpApi(server, executor);
  }

  /** The address clients use, such as {@code http://127.0.0.1:8765}. */
  URI address() {
    InetSocketAddress bound = server.getAddress();
    return URI.create("http://" + bound.getHostString() + ":" + bound.getPort());
  }

  private static void answer(HttpExchange exchange, String path, String method, Endpoint endpoint)
      throws IOException {
    Reply reply;
    try {
      if (!exchange.getRequestURI().getPath().equals(path)) {
        reply = new Reply(404, error("no such endpoint; try /health, /status or /ask"));
      } else if (!exchange.getRequestMethod().equals(method)) {
        exchange.getResponseHeaders().set("Allow", method);
        reply = new Reply(405, error(path + " takes " + method));
      } else {
        reply = endpoint.reply();
      }
    } catch (RuntimeException e) {
      LOG.warn("{} failed", path, e);
      reply = new Reply(500, error(String.valueOf(e.getMessage())));
    }
    byte[] body = ApiJson.MAPPER.writeValueAsBytes(reply.body());
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(reply.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static Map<String, String> error(String message) {
    return Map.of("error", message);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
  }

  /** An HTTP status and the object sent as its JSON body. */
  record Reply(int status, Object body) {}

  /** Computes one endpoint's reply; may read the request first. */
  @FunctionalInterface
  interface Endpoint {
    Reply reply() throws IOException;
  }
}
