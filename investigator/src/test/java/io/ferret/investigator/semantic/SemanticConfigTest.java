package io.ferret.investigator.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.investigator.AskOptions;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionReader;
import io.ferret.investigator.question.Understanding;
import io.ferret.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ferret.yml overriding the inferred semantic layer, and its mistakes reported with file, line and problem. */
class SemanticConfigTest {
  private static final String OVERRIDES = """
      kafka:
        anything: goes   # other sections belong to other parts of Ferret
      tables:
        checks:
          noun: probes
          time_column: finished_at
          metrics:
            failure_rate: sum(value) / sum(cnt)
          synonyms:
            failures: value
            big_deals: cnt
          dimensions: [site, trace]
      """;

  @TempDir
  static Path folder;
  private static Store store;

  @BeforeAll
  static void createTable() throws SQLException {
    store = Store.open(folder.resolve("config.duckdb"));
    BusinessTables.execute(store, "CREATE TABLE checks AS SELECT i AS id, ['eu', 'us'][i % 2 + 1] AS site,"
        + " i % 4 AS value, 4 AS cnt, 'x' || lpad(i::VARCHAR, 3, '0') AS trace,"
        + " TIMESTAMP '2026-11-01' + to_minutes(i) AS started_at,"
        + " TIMESTAMP '2026-11-01' + to_minutes(i) + to_hours(i % 300) AS finished_at FROM range(500) t(i)");
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  private static Path write(String name, String yaml) throws IOException {
    return Files.writeString(folder.resolve(name), yaml);
  }

  @Test
  void overridesNounTimeColumnMetricsSynonymsAndDimensions() throws IOException {
    SemanticLayer layer = SemanticCatalog.load(store, write("ferret.yml", OVERRIDES)).layer("checks").orElseThrow();

    assertEquals("probes", layer.noun());
    assertEquals(MetricKind.COUNT, layer.metric("probes").orElseThrow().kind());
    assertEquals("finished_at", layer.timeColumn());
    Metric ratio = layer.metric("failure_rate").orElseThrow();
    assertEquals(MetricKind.RATIO, ratio.kind());
    assertEquals("CAST(sum(\"value\") AS DOUBLE) / nullif(sum(\"cnt\"), 0)", ratio.expression().sql());
    assertTrue(layer.metrics().stream().anyMatch(m -> m.metric().name().equals("value")
        && m.phrases().contains("failures")));
    assertEquals(List.of("site", "trace"), layer.dimensionColumns());
    List<Object> traces = layer.dimensions().get(1).values();
    assertEquals(200, traces.size(), "the value index keeps at most 200 values of a column");
    assertEquals("x000", traces.get(0));
  }

  @Test
  void questionsUseTheConfiguredWords() throws IOException {
    SemanticCatalog catalog = SemanticCatalog.load(store, write("ferret.yml", OVERRIDES));
    QuestionReader reader = new QuestionReader(catalog, ZoneOffset.UTC);
    AskOptions options = new AskOptions(null, Instant.parse("2026-11-20T00:00:00Z"));

    Interpretation ratio = understood(reader.read("why did the failure rate rise last week?", options));
    assertEquals("failure_rate", ratio.metric().name());
    assertEquals("finished_at", ratio.timeColumn());
    Interpretation synonym = understood(reader.read("why did failures drop in the eu?", options));
    assertEquals("value", synonym.metric().column());
    assertTrue(synonym.notes().contains("'failures' read as value = sum(value)"), synonym.notes().toString());
    assertEquals("site = eu", synonym.filters().get(0).toString());
    assertEquals("cnt", understood(reader.read("big deals by site", options)).metric().column());
    assertEquals("probes", understood(reader.read("how many probes yesterday", options)).metric().name());
  }

  private static Interpretation understood(Understanding understanding) {
    return assertInstanceOf(Understanding.Understood.class, understanding, understanding::toString).interpretation();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      tables:\\n  checks:\\n    colour: red \
          | :3: tables.checks.colour: unknown key; expected one of dimensions, metrics, noun, synonyms, time_column
      tables:\\n  checks:\\n    metrics:\\n      bad: median(value) \
          | :4: tables.checks.metrics.bad: cannot read 'median(value)'; write count(*)
      tables:\\n  checks:\\n    metrics:\\n      total: sum(site) \
          | :4: tables.checks.metrics.total: site is a VARCHAR column, not a number
      tables:\\n  checks:\\n    metrics: [a, b] | :3: tables.checks.metrics: expected a mapping
      tables:\\n  checks:\\n    time_column: nope | :3: tables.checks.time_column: table checks has no column 'nope'
      tables:\\n  checks:\\n    time_column: site \
          | :3: tables.checks.time_column: site is a VARCHAR column, not a timestamp or date
      tables:\\n  checks:\\n    synonyms:\\n      bookings: nothing \
          | :4: tables.checks.synonyms.bookings: 'nothing' is neither a metric nor a measured column of checks
      tables:\\n  checks:\\n    dimensions: site | :3: tables.checks.dimensions: expected a list of column names
      tables:\\n  checks:\\n    dimensions: [site, planet] \
          | :3: tables.checks.dimensions: table checks has no column 'planet'
      tables:\\n  checks:\\n    noun: probes\\n    noun: tests | :4: not valid YAML: Duplicate field 'noun'
      tables:\\n  nosuch: {} | :2: tables.nosuch: the store has no table 'nosuch'; it has checks
      tables:\\n  - checks | :1: tables: expected a mapping
      tables: [unclosed | : not valid YAML
      """)
  void mistakesNameTheFileTheLineAndTheProblem(String yaml, String expected) throws IOException {
    Path config = write("broken.yml", yaml.replace("\\n", "\n"));

    FerretException error = assertThrows(FerretException.class, () -> SemanticCatalog.load(store, config));

    assertEquals(ErrorCode.USAGE, error.code());
    assertTrue(error.getMessage().startsWith(config + ":"), error.getMessage());
    assertTrue(error.getMessage().contains(expected.strip()), error.getMessage());
  }

  @Test
  void aMissingFileIsAUsageError() {
    Path absent = folder.resolve("absent.yml");
    FerretException error = assertThrows(FerretException.class, () -> SemanticCatalog.load(store, absent));
    assertEquals(ErrorCode.USAGE, error.code());
    assertTrue(error.getMessage().startsWith("cannot read " + absent), error.getMessage());
  }
}
