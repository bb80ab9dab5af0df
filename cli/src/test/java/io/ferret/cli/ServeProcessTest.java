package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.cli.serve.ServeCommand;
import io.ferret.cli.serve.ApiJson;
import io.ferret.cli.status.StatusReport;
import io.ferret.cli.status.TopicStatus;
import io.ferret.ingest.kafka.testing.TestingKafka;
import io.ferret.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ferret serve` as its own process: SIGTERM lands everything read, with its offsets, before the process ends. */
class ServeProcessTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @TempDir Path folder;

  @Test
  void sigtermLandsEveryMessageReadBeforeTheProcessEnds() throws Exception {
    String topic = ServeKafka.topic("serve-sigterm", 3);
    for (int partition = 0; partition < 3; partition++) {
      int base = partition * 100;
      ServeKafka.send(topic, partition, base, base + 100, id -> "{\"id\":" + id + "}");
    }
    Path database = folder.resolve("serve.duckdb");
    // Nothing is due before shutdown: a minute's interval and batches far larger than the topic.
    Path config = Cli.write(folder.resolve("ferret.yml"), """
        serve:
          port: 0
        kafka:
          bootstrap_servers: %s
          group_id: %s
          topics:
            - topic: %s
              table: events
          flush:
            max_rows: 100000
            interval_ms: 60000
        """.formatted(TestingKafka.shared().bootstrapServers(), topic + "-group", topic));
    Path errors = folder.resolve("serve.err");

    Process serve = new ProcessBuilder(java("serve", "--config", config.toString(), "--db", database.toString()))
        .redirectError(errors.toFile()).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
      URI address = awaitListening(out, errors);
      TopicStatus progress = awaitConsumed(address, topic, 300);
      assertEquals(0, progress.landed(), "nothing is due before shutdown");

      Cli.Result locked = Cli.in(folder).run("status", "--db", database.toString());
      assertEquals(1, locked.exitCode(), locked::toString);
      assertTrue(locked.err().contains("use --server URL"), locked.err());

      serve.destroy(); // SIGTERM
      assertTrue(serve.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "ferret serve did not stop");
    } finally {
      serve.destroyForcibly();
    }

    try (Store store = Store.open(database)) {
      assertEquals(List.of(300L, 300L, 300L), numbers(store,
          "SELECT count(*) FROM events", "SELECT count(DISTINCT id) FROM events",
          "SELECT sum(next_offset) FROM ferret_offsets"), Files.readString(errors));
    }
  }

  private static URI awaitListening(BufferedReader out, Path errors) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(ServeCommand.LISTENING)) {
        String rest = line.substring(ServeCommand.LISTENING.length());
        return URI.create(rest.substring(0, rest.indexOf(' ')));
      }
    }
    throw new AssertionError("ferret serve ended before listening: " + Files.readString(errors));
  }

  private static TopicStatus awaitConsumed(URI server, String topic, long messages) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      String body = http.send(HttpRequest.newBuilder(server.resolve("/status")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      StatusReport report = ApiJson.MAPPER.readValue(body, StatusReport.class);
      for (TopicStatus status : report.topics()) {
        if (status.topic().equals(topic) && status.consumed() != null && status.consumed() >= messages) {
          return status;
        }
      }
      assertTrue(System.nanoTime() < deadline, () -> "timed out waiting for the server to read: " + body);
      Thread.sleep(20);
    }
  }

  private static List<Long> numbers(Store store, String... queries) throws SQLException {
    List<Long> numbers = new ArrayList<>();
    for (String query : queries) {
      try (Statement statement = store.connection().createStatement(); ResultSet rs = statement.executeQuery(query)) {
        rs.next();
        numbers.add(rs.getLong(1));
      }
    }
    return numbers;
  }

  private static List<String> java(String... arguments) {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(arguments));
    return command;
  }
}
