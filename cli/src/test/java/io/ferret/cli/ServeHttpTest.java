package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ferret.cli.serve.FerretConfig;
import io.ferret.cli.serve.FerretServer;
import io.ferret.cli.serve.ServeSettings;
import io.ferret.cli.serve.StoreSettings;
import io.ferret.cli.status.StatusReport;
import io.ferret.cli.status.TopicStatus;
import io.ferret.ingest.kafka.FlushPolicy;
import io.ferret.ingest.kafka.KafkaSettings;
import io.ferret.ingest.kafka.TopicRoute;
import io.ferret.ingest.kafka.testing.TestingKafka;
import io.ferret.investigator.InvestigatorSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ferret serve's HTTP API over a real Kafka ingest, and `ferret status` against the server and the store. */
class ServeHttpTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path folder;

  @Test
  void answersHealthStatusAndAskAndFerretStatusShowsTopicsAndSchemaChanges() throws Exception {
    String topic = ServeKafka.topic("serve-http", 2);
    ServeKafka.send(topic, 0, 0, 40, id -> id < 20 ? "{\"id\":" + id + "}" : "{\"id\":" + id + ",\"coupon\":\"C\"}");
    ServeKafka.send(topic, 1, 0, 1, id -> "not json");
    Path database = folder.resolve("serve.duckdb");
    String remoteText;

    try (FerretServer server = FerretServer.start(config(topic), database, InvestigatorSettings.defaults())) {
      awaitCaughtUp(server, topic, 41);

      HttpResponse<String> health = get(server.address(), "/health");
      assertEquals(200, health.statusCode());
      assertEquals("{\"status\":\"ok\",\"ingest\":\"running\",\"error\":null}", health.body());
      HttpResponse<String> ask = post(server.address(), "/ask", "{\"question\":\"how many orders are there?\"}");
      assertEquals(200, ask.statusCode(), ask.body());
      assertEquals("how many orders are there?", json(ask).path("question").asText(), ask.body());
      assertEquals("answered", json(ask).path("status").asText(), ask.body());
      assertEquals("lookup", json(ask).path("interpretation").path("type").asText(), ask.body());
      assertEquals(40, json(ask).path("rows").path(0).path("orders").asLong(), ask.body());
      Cli.Result remote = Cli.in(folder).run("ask", "--server", server.address().toString(), "how many orders?");
      assertEquals(0, remote.exitCode(), remote::toString);
      remoteText = remote.out();
      Cli.Result unclear = Cli.in(folder).run("ask", "--server", server.address().toString(), "--format", "json",
          "why did the qzxv blorp?");
      assertEquals(0, unclear.exitCode(), unclear::toString);
      assertTrue(unclear.out().contains("\"status\" : \"needs_clarification\""), unclear.out());
      assertEquals(400, post(server.address(), "/ask", "{\"question\":\"how many?\",\"table\":\"nope\"}")
          .statusCode());
      assertEquals(400, post(server.address(), "/ask", "why?").statusCode());
      assertEquals(405, get(server.address(), "/ask").statusCode());
      assertEquals(404, get(server.address(), "/nothing").statusCode());

      Cli.Result status = Cli.in(folder).run("status", "--server", server.address().toString());
      assertEquals(0, status.exitCode(), status::toString);
      assertTrue(status.out().startsWith("Status of server " + server.address() + ": Kafka ingest running"),
          status.out());
      assertTrue(hasRow(status.out(), topic, "orders", "2", "0", "40", "1"), status.out());
      assertTrue(hasRow(status.out(), "orders", "add_column", "coupon", "VARCHAR", "kafka " + topic + "/0/20"),
          status.out());
    }

    // the server's answer is the one a local ask of the same store gives
    Cli.Result local = Cli.in(folder).run("ask", "--db", database.toString(), "how many orders?");
    assertEquals(beforeTimings(local.out()), beforeTimings(remoteText));
    assertTrue(local.out().contains("40"), local.out());

    Cli.Result stored = Cli.in(folder).run("status", "--db", database.toString());
    assertEquals(0, stored.exitCode(), stored::toString);
    assertTrue(hasRow(stored.out(), topic, "orders", "2", "-", "-", "-", "1"), stored.out());
  }

  @Test
  void statusFromAnAddressWhereNoServerRunsIsAClearError() {
    Cli.Result result = Cli.in(folder).run("status", "--server", "http://127.0.0.1:1");

    assertEquals(1, result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("ferret: no Ferret server answers at http://127.0.0.1:1"), result.err());
    Cli.Result ask = Cli.in(folder).run("ask", "--server", "http://127.0.0.1:1", "how many orders?");
    assertEquals(1, ask.exitCode(), ask::toString);
    assertTrue(ask.err().startsWith("ferret: no Ferret server answers at http://127.0.0.1:1"), ask.err());
    Cli.Result both = Cli.in(folder).run("ask", "--server", "http://127.0.0.1:1", "--db", "x.duckdb", "how many?");
    assertEquals(2, both.exitCode(), both::toString);
    assertTrue(both.err().contains("drop --db and --config"), both.err());
  }

  private static FerretConfig config(String topic) {
    KafkaSettings kafka = KafkaSettings.defaults(TestingKafka.shared().bootstrapServers(),
            List.of(TopicRoute.topic(topic, "orders")))
        .withGroupId(topic + "-group")
        .withFlush(FlushPolicy.defaults().withInterval(Duration.ofMillis(200)));
    return new FerretConfig(StoreSettings.defaults(), new ServeSettings("127.0.0.1", 0), Optional.of(kafka));
  }

  /**
   * Waits until the messages have landed and the server's lag, measured once a second, says so too: a lag
   * measured just before the last batch landed still counts it.
   */
  private static void awaitCaughtUp(FerretServer server, String topic, long messages) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (landed(server.status(), topic) < messages || !noLag(server.status(), topic)) {
      assertTrue(System.nanoTime() < deadline, () -> "timed out: " + server.status());
      Thread.sleep(20);
    }
  }

  private static boolean noLag(StatusReport report, String topic) {
    return report.topics().stream().anyMatch(t -> t.topic().equals(topic) && t.lag() != null && t.lag() == 0);
  }

  private static long landed(StatusReport report, String topic) {
    return report.topics().stream().filter(t -> t.topic().equals(topic))
        .mapToLong(t -> (t.landed() == null ? 0 : t.landed()) + t.rejects()).sum();
  }

  /** The answer up to its probe timings, which differ from run to run. */
  private static String beforeTimings(String answer) {
    return answer.substring(0, answer.indexOf("\nProbes\n"));
  }

  /** True when some line of a rendered table holds exactly these cells, in this order, among others. */
  static boolean hasRow(String text, String... cells) {
    return text.lines().anyMatch(line -> {
      List<String> row = List.of(line.split("\\|")).stream().map(String::strip).toList();
      int next = 0;
      for (String cell : row) {
        if (next < cells.length && cell.equals(cells[next])) {
          next++;
        }
      }
      return next == cells.length;
    });
  }

  private static HttpResponse<String> get(URI server, String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(server.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(URI server, String path, String body)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(server.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return new ObjectMapper().readTree(response.body());
  }
}
