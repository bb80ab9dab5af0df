package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.cli.serve.ConfigLoader;
import io.ferret.cli.serve.FerretConfig;
import io.ferret.cli.serve.ServeSettings;
import io.ferret.ingest.kafka.FlushPolicy;
import io.ferret.ingest.kafka.KafkaSettings;
import io.ferret.ingest.kafka.TopicRoute;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ferret.yml: defaults, the full mapping, ${NAME} substitution, and errors that name file, line and problem. */
class ServeConfigTest {
  @TempDir Path folder;

  @Test
  void anEmptyFileMeansEveryDefaultAndNoKafka() {
    FerretConfig config = load("# nothing configured yet");

    assertEquals(ServeSettings.defaults(), config.serve());
    assertEquals(null, config.store().path());
    assertTrue(config.kafka().isEmpty());
  }

  @Test
  void absentKafkaKeysTakeTheirDefaults() {
    KafkaSettings kafka = load("""
        kafka:
          bootstrap_servers: localhost:9092
          topics:
            - topic: orders
              table: orders
        """).kafka().orElseThrow();

    assertEquals(KafkaSettings.defaults("localhost:9092", List.of(TopicRoute.topic("orders", "orders"))), kafka);
    assertEquals("ferret", kafka.groupId());
    assertEquals(FlushPolicy.defaults(), kafka.flush());
    assertEquals(Duration.ofSeconds(1), kafka.flush().interval());
  }

  @Test
  void readsEveryKeyOfTheSectionsServeOwns() {
    FerretConfig config = load("""
        store:
          path: data/shop.duckdb
        serve:
          host: 0.0.0.0
          port: 9000
        kafka:
          bootstrap_servers: a:9092,b:9092
          group_id: shop
          topics:
            - topic: orders
              table: orders
              key_column: k
              timestamp_column: ts
              headers:
                trace-id: trace_id
            - pattern: "clicks\\\\..*"
              table: clicks
          flush:
            max_rows: 100
            max_bytes: 2048
            interval_ms: 250
          max_message_bytes: 4096
          max_pending_batches: 3
          consumer:
            security.protocol: SSL
        """);

    assertEquals(folder.resolve("data/shop.duckdb").toString(), config.store().path());
    assertEquals(new ServeSettings("0.0.0.0", 9000), config.serve());
    assertEquals(new KafkaSettings("a:9092,b:9092", "shop", List.of(
            new TopicRoute("orders", null, "orders", "k", "ts", Map.of("trace-id", "trace_id")),
            TopicRoute.pattern("clicks\\..*", "clicks")),
            new FlushPolicy(100, 2048, Duration.ofMillis(250)), 4096, 3, Map.of("security.protocol", "SSL")),
        config.kafka().orElseThrow());
  }

  @Test
  void substitutesEnvironmentVariablesInValues() {
    FerretConfig config = ConfigLoader.load(write("""
        serve:
          port: ${PORT}
        kafka:
          bootstrap_servers: ${BROKERS}
          topics: [{topic: orders, table: orders}]
          consumer:
            sasl.jaas.config: user="ferret" password="${SECRET}";
        """), Map.of("PORT", "9100", "BROKERS", "kafka:9092", "SECRET", "p$w\\\"d"));

    assertEquals(9100, config.serve().port());
    KafkaSettings kafka = config.kafka().orElseThrow();
    assertEquals("kafka:9092", kafka.bootstrapServers());
    assertEquals("user=\"ferret\" password=\"p$w\\\"d\";", kafka.consumer().get("sasl.jaas.config"));
  }

  @Test
  void toleratesTheSectionsOfOtherModulesWithTheirOwnVariables() {
    FerretConfig config = load("""
        tables:
          orders: {metrics: {revenue: sum(amount)}}
        slack:
          bot_token: ${SLACK_BOT_TOKEN}
        serve:
          port: 0
        """);

    assertEquals(0, config.serve().port());
  }

  @Test
  void readsDigestsWithTheirSchedulesAndRefusesABadOneByLine() {
    FerretConfig config = load("""
        digests:
          - name: daily
            schedule: "0 8 * * 1-5"
            zone: Europe/Berlin
            tables: [orders]
            channels: ["#sales"]
            sensitivity: high
        """);

    assertEquals(1, config.digests().size());
    assertEquals("daily", config.digests().get(0).name());
    assertEquals("0 8 * * 1-5 (Europe/Berlin)", config.digests().get(0).schedule().toString());
    assertEquals(List.of("#sales"), config.digests().get(0).channels());
    assertEquals(List.of("orders"), config.digests().get(0).settings().tables());
    String bad = error("""
        serve:
          port: 1
        digests:
          - name: daily
            schedule: "every morning"
        """);
    assertTrue(bad.startsWith("ferret.yml line 4: digests[0]: schedule 'every morning' is not a cron expression"),
        bad);
  }

  @Test
  void anUnknownKeyNamesTheLineTheSectionAndTheKnownKeys() {
    assertEquals("ferret.yml line 6: unknown key 'max_row' in kafka.flush; known: interval_ms, max_bytes, max_rows",
        error("""
            kafka:
              bootstrap_servers: localhost:9092
              topics:
                - {topic: orders, table: orders}
              flush:
                max_row: 10
            """));
  }

  @Test
  void aMisspeltSectionIsAnErrorNotIgnored() {
    String message = error("""
        serve:
          port: 1
        kafak:
          bootstrap_servers: localhost:9092
        """);

    assertTrue(message.startsWith("ferret.yml line 3: unknown key 'kafak'; known: digests, kafka, serve, store (and"
        + " tables"),
        message);
  }

  @Test
  void aRefusedValueNamesTheLineWhereItsSectionStarts() {
    assertEquals("ferret.yml line 6: kafka.flush: max_rows must be at least 1, got 0", error("""
        kafka:
          bootstrap_servers: localhost:9092
          topics:
            - {topic: orders, table: orders}
          flush:
            max_rows: 0
        """));
    assertEquals("ferret.yml line 5: kafka.topics[1]: give either topic or pattern, not both", error("""
        kafka:
          bootstrap_servers: localhost:9092
          topics:
            - {topic: orders, table: orders}
            - {topic: clicks, pattern: "clicks.*", table: clicks}
        """));
  }

  @Test
  void aValueOfTheWrongTypeSaysWhatWasExpected() {
    assertEquals("ferret.yml line 2: serve.port: expected a whole number, got 'eighty'", error("""
        serve:
          port: eighty
        """));
  }

  @Test
  void anUnsetVariableNamesItsLine() {
    assertEquals("ferret.yml line 3: kafka.bootstrap_servers: environment variable KAFKA_BOOTSTRAP_SERVERS is not set", error("""
        kafka:
          topics: [{topic: orders, table: orders}]
          bootstrap_servers: ${KAFKA_BOOTSTRAP_SERVERS}
        """));
  }

  @Test
  void brokenYamlNamesItsLine() {
    String message = error("""
        serve:
          port: 1
         host: [unclosed
        """);

    assertTrue(message.startsWith("ferret.yml line 3: "), message);
  }

  @Test
  void aMissingFileIsAUsageError() {
    FerretException missing =
        assertThrows(FerretException.class, () -> ConfigLoader.load(folder.resolve("absent.yml"), Map.of()));

    assertEquals(ErrorCode.USAGE, missing.code());
  }

  @Test
  void theShippedExampleReads() {
    FerretConfig config = ConfigLoader.load(Path.of("..", "ferret.example.yml"),
        Map.of("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092", "KAFKA_PASSWORD", "secret"));

    KafkaSettings kafka = config.kafka().orElseThrow();
    assertEquals(List.of("orders", "/clicks\\..*/"), kafka.topics().stream().map(TopicRoute::describe).toList());
    assertTrue(kafka.consumer().get("sasl.jaas.config").contains("password=\"secret\""));
  }

  private FerretConfig load(String yaml) {
    return ConfigLoader.load(write(yaml), Map.of());
  }

  private String error(String yaml) {
    FerretException failure = assertThrows(FerretException.class, () -> load(yaml));
    assertEquals(ErrorCode.INPUT, failure.code());
    return failure.getMessage();
  }

  private Path write(String yaml) {
    return Cli.write(folder.resolve("ferret.yml"), yaml);
  }
}
