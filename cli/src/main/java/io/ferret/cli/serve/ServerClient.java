package io.ferret.cli.serve;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The client side of {@code ferret serve}'s HTTP API, for {@code ferret status --server} and {@code ask --server}. */
public final class ServerClient {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final URI server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

  private ServerClient(URI server) {
    this.server = server;
  }

  /** A client for the server at an {@code http://host:port} address given on the command line. */
  public static ServerClient of(String address) {
    try {
      URI uri = new URI(address);
      if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new FerretException(ErrorCode.USAGE, "--server must be an http:// address, got " + address);
      }
      return new ServerClient(uri);
    } catch (URISyntaxException e) {
      throw new FerretException(ErrorCode.USAGE, "--server is not an address: " + address, e);
    }
  }

  public URI address() {
    return server;
  }

  /** {@code GET path}; the reply must be 200. */
  public String get(String path, Duration timeout) {
    return send(HttpRequest.newBuilder(server.resolve(path)).timeout(timeout).GET().build());
  }

  /** {@code POST path} with a JSON body; the reply must be 200. */
  public String postJson(String path, String json, Duration timeout) {
    return send(HttpRequest.newBuilder(server.resolve(path)).timeout(timeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private String send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "no Ferret server answers at " + server + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FerretException(ErrorCode.INTERNAL, "interrupted while asking " + request.uri(), e);
    }
    if (response.statusCode() != 200) {
      throw new FerretException(ErrorCode.INPUT,
          request.uri() + " answered HTTP " + response.statusCode() + ": " + errorOf(response.body()));
    }
    return response.body();
  }

  /** The API's {@code {"error": "..."}} message, else the body as it came. */
  private static String errorOf(String body) {
    try {
      String message = ApiJson.MAPPER.readTree(body).path("error").asText("");
      return message.isEmpty() ? body : message;
    } catch (IOException e) {
      return body;
    }
  }
}
