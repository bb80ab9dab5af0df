package io.ferret.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a Bolt app on the JDK's HttpServer: every Slack request (events, commands, interactivity) on
 * {@code POST /slack/events}, parsed by Bolt's {@link SlackRequestParser} and run by {@link App#run}, which checks
 * the signature and the timestamp.
 */
public final class SlackHttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlackHttpServer.class);
  /** The one path Slack is configured to call. */
  public static final String PATH = "/slack/events";

  private final App app;
  private final SlackRequestParser parser;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  /** Binds {@code address}; port 0 picks a free port. */
  public SlackHttpServer(App app, InetSocketAddress address) throws IOException {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.server = HttpServer.create(address, 0);
    server.createContext(PATH, this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!PATH.equals(exchange.getRequestURI().getPath())) {
        send(exchange, 404, "text/plain", "not found");
        return;
      }
      if (!"POST".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain", "use POST");
        return;
      }
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
          .requestUri(exchange.getRequestURI().getPath())
          .queryString(Map.of())
          .headers(new RequestHeaders(exchange.getRequestHeaders()))
          .requestBody(body)
          .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
          .build());
      Response response = request == null ? Response.error(400) : app.run(request);
      String type = response.getContentType() != null ? response.getContentType() : "text/plain";
      send(exchange, response.getStatusCode(), type, response.getBody() != null ? response.getBody() : "");
    } catch (Exception e) {
      String id = io.ferret.investigator.ErrorIds.next();
      LOG.error("slack request failed, error id {}", id, e);
      send(exchange, 500, "text/plain", "error id " + id);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().put("Content-Type", List.of(type));
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
