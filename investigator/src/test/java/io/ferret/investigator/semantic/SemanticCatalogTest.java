package io.ferret.investigator.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inferred semantic layer of a real table, and ferret.yml overriding it. */
class SemanticCatalogTest {
  @TempDir
  Path folder;
  private Store store;

  @BeforeEach
  void createTable() throws SQLException {
    store = Store.open(folder.resolve("semantic.duckdb"));
    try (Statement sql = store.connection().createStatement()) {
      sql.execute("CREATE TABLE checks AS SELECT i AS id, ['eu', 'us'][i % 2 + 1] AS site, i % 4 AS value,"
          + " 4 AS cnt, i % 3 = 0 AS late, 'x' || i AS trace, TIMESTAMP '2026-01-01' + to_minutes(i) AS ts"
          + " FROM range(500) t(i)");
    }
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void infersCountSumsRatesDimensionsAndTime() {
    SemanticLayer layer = SemanticCatalog.load(store, null).layer("checks").orElseThrow();
    assertEquals("checks", layer.noun());
    assertEquals("ts", layer.timeColumn());
    List<String> names = layer.metrics().stream().map(m -> m.metric().name()).toList();
    assertTrue(names.containsAll(List.of("checks", "value", "average value", "cnt", "late rate")), names.toString());
    assertTrue(names.stream().noneMatch(n -> n.contains("id")), "ids are not metrics: " + names);
    assertEquals(List.of("site", "late"), layer.dimensionColumns());
    assertEquals(Instant.parse("2026-01-01T08:19:00Z"),
        SemanticCatalog.load(store, null).latestEventTime("checks").orElseThrow());
  }

  @Test
  void ferretYmlAddsRatioMetricsSynonymsAndDimensions() throws IOException {
    Path config = write("""
        kafka:
          anything: goes   # other sections belong to other parts of Ferret
        tables:
          checks:
            metrics:
              failure_rate: sum(value) / sum(cnt)
            synonyms:
              failures: value
            dimensions: [site]
        """);
    SemanticLayer layer = SemanticCatalog.load(store, config).layer("checks").orElseThrow();
    Metric ratio = layer.metric("failure_rate").orElseThrow();
    assertEquals(MetricKind.RATIO, ratio.kind());
    assertEquals("CAST(sum(\"value\") AS DOUBLE) / nullif(sum(\"cnt\"), 0)", ratio.expression().sql());
    assertTrue(layer.metrics().stream().anyMatch(m -> m.metric().name().equals("value")
        && m.phrases().contains("failures")));
    assertEquals(List.of("site"), layer.dimensionColumns());
  }

  @Test
  void configErrorsNameFileLineAndProblem() throws IOException {
    assertConfigError("tables:\n  checks:\n    metrics:\n      bad: median(value)\n", ":4: tables.checks.metrics.bad");
    assertConfigError("tables:\n  checks:\n    colour: red\n", ":3: tables.checks.colour: unknown key");
    assertConfigError("tables:\n  checks:\n    time_column: nope\n", ":3: tables.checks.time_column: table checks"
        + " has no column 'nope'");
    assertConfigError("tables:\n  nosuch: {}\n", ":2: tables.nosuch: the store has no table");
    assertConfigError("tables: [unclosed\n", ": not valid YAML");
  }

  private void assertConfigError(String yaml, String expected) throws IOException {
    Path config = write(yaml);
    FerretException error = assertThrows(FerretException.class, () -> SemanticCatalog.load(store, config));
    assertEquals(ErrorCode.USAGE, error.code());
    assertTrue(error.getMessage().startsWith(config.toString()), error.getMessage());
    assertTrue(error.getMessage().contains(expected), error.getMessage());
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(folder.resolve("ferret.yml"), yaml);
  }
}
