package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ferret digest` on a store where EMEA orders collapsed on the last day of ten quiet weeks. */
class DigestCommandTest {
  @TempDir Path folder;
  private Path database;

  @BeforeEach
  void tenWeeksOfOrdersThenAnEmeaCollapse() throws Exception {
    database = folder.resolve("shop.duckdb");
    try (Store store = Store.open(database); Statement statement = store.connection().createStatement()) {
      // 20 orders an hour, half EMEA, from Monday Sep 7 through Sunday Nov 15; on Nov 15, 9 in 10 EMEA orders vanish
      statement.execute("CREATE TABLE orders AS SELECT TIMESTAMP '2026-09-07 00:00:00' + to_minutes(i * 3) AS ts,"
          + " ['EMEA', 'NA'][1 + i % 2] AS region, ['web', 'partner'][1 + (i // 2) % 2] AS channel,"
          + " 10.0 + i % 13 AS amount FROM range(70 * 480) t(i)"
          + " WHERE NOT (i >= 69 * 480 AND i % 2 = 0 AND i % 10 <> 0)");
    }
  }

  @Test
  void textNamesTheCollapsedSegmentWithItsNumbers() {
    Cli.Result result = Cli.in(folder).run("digest", "--db", database.toString());

    assertEquals(0, result.exitCode(), result::toString);
    String text = result.out().replaceAll("\\s+", " ");
    assertTrue(text.startsWith("Digest all-metrics for Sun Nov 15, 2026 (UTC): "), result.out());
    assertTrue(text.contains("region = EMEA: orders in orders fell 80.0%: 48 against an expected 240"), result.out());
    assertEquals("", result.err());
  }

  @Test
  void jsonListsEachAnomalyWithMetricSegmentWindowValuesAndExplanation() throws Exception {
    Cli.Result result = Cli.in(folder).run("digest", "--db", database.toString(), "--format", "json");

    assertEquals(0, result.exitCode(), result::toString);
    JsonNode digest = new ObjectMapper().readTree(result.out());
    assertEquals("2026-11-15", digest.path("day").asText());
    JsonNode emea = null;
    for (JsonNode anomaly : digest.path("anomalies")) {
      if (anomaly.path("metric").path("name").asText().equals("orders")
          && anomaly.path("segment").toString().equals("[{\"column\":\"region\",\"op\":\"=\",\"value\":\"EMEA\"}]")) {
        emea = anomaly;
      }
    }
    assertTrue(emea != null, result.out());
    assertEquals("2026-11-15T00:00:00Z", emea.path("window").path("from").asText());
    assertEquals("2026-11-16T00:00:00Z", emea.path("window").path("to").asText());
    assertEquals(240, emea.path("expected").asDouble());
    assertEquals(48, emea.path("actual").asDouble());
    assertEquals("new", emea.path("status").asText());
    assertTrue(emea.path("explanation").isTextual(), result.out());
  }

  @Test
  void aConfiguredDigestIsChosenByNameAndAnUnknownNameIsAUsageError() {
    Path config = Cli.write(folder.resolve("ferret.yml"),
        "digests:",
        "  - name: emea-watch",
        "    schedule: \"0 8 * * *\"",
        "    zone: Europe/Berlin",
        "    tables: [orders]",
        "    metrics: [revenue]",
        "    channels: [\"#sales-ops\"]",
        "    sensitivity: high");

    Cli.Result chosen = Cli.in(folder).run("digest", "--db", database.toString(), "--config", config.toString(),
        "--name", "emea-watch", "--as-of", "2026-11-16T00:00:00Z");
    Cli.Result unknown = Cli.in(folder).run("digest", "--db", database.toString(), "--config", config.toString(),
        "--name", "nope");

    assertEquals(0, chosen.exitCode(), chosen::toString);
    assertTrue(chosen.out().startsWith("Digest emea-watch for Sun Nov 15, 2026 (Europe/Berlin): "), chosen.out());
    assertTrue(chosen.out().contains("region = EMEA: revenue in orders fell"), chosen.out());
    assertTrue(!chosen.out().contains(": orders in orders"), "only the configured metric: " + chosen.out());
    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(unknown.err().contains("no digest named nope"), unknown.err());
  }
}
