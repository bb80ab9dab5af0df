package io.ferret.ml.probe;

import static io.ferret.ml.probe.ProbeAssertions.generous;
import static io.ferret.ml.probe.ProbeAssertions.okSegments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ml.Framing;
import io.ferret.ml.MlSettings;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.ml.ProbeRequest;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.Segment;
import io.ferret.ml.TimeWindow;
import io.ferret.ml.TrainingSet;
import io.ferret.ml.data.TrainingSetLoader;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: DuckDB tables with planted causes, through the data path's TrainingSetLoader, to the probes.
 */
class StoreToProbesTest {
  private static final int ROWS = 30_000;
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final TimeWindow BASELINE = new TimeWindow(START, START.plusSeconds(7 * 86_400));
  private static final TimeWindow CURRENT =
      new TimeWindow(START.plusSeconds(7 * 86_400), START.plusSeconds(14 * 86_400));
  private static final Set<Predicate> EMEA_PARTNER = Set.of(new Predicate("region", Operator.EQ, "EMEA"),
      new Predicate("channel", Operator.EQ, "partner"));

  @TempDir
  static Path folder;
  private static Store store;

  @BeforeAll
  static void plantTables() throws SQLException {
    store = Store.open(folder.resolve("planted.duckdb"));
    try (Statement sql = store.connection().createStatement()) {
      sql.execute(customers());
      sql.execute(sales());
    }
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  /**
   * Customers with hash-based pseudo-random columns; churn 60% in region EMEA on channel partner, 5% elsewhere.
   */
  private static String customers() {
    return "CREATE TABLE customers AS "
        + "WITH base AS (SELECT i, "
        + "  ['EMEA', 'AMER', 'APAC', 'LATAM'][1 + (hash(i * 4 + 1) % 4)::INTEGER] AS region, "
        + "  ['direct', 'partner', 'online'][1 + (hash(i * 4 + 2) % 3)::INTEGER] AS channel, "
        + "  (hash(i * 4 + 3) % 60)::INTEGER AS tenure, "
        + "  (hash(i * 4 + 4) % 1000000) / 1000000.0 AS draw "
        + "  FROM range(" + ROWS + ") t(i)) "
        + "SELECT i AS id, region, channel, tenure, "
        + "  draw < CASE WHEN region = 'EMEA' AND channel = 'partner' THEN 0.6 ELSE 0.05 END AS churned "
        + "FROM base";
  }

  /** Orders over two weeks; in the second week EMEA partner orders are worth 30% of what they were. */
  private static String sales() {
    return "CREATE TABLE sales AS "
        + "WITH base AS (SELECT i, "
        + "  ['EMEA', 'AMER', 'APAC', 'LATAM'][1 + (hash(i * 5 + 1) % 4)::INTEGER] AS region, "
        + "  ['direct', 'partner', 'online'][1 + (hash(i * 5 + 2) % 3)::INTEGER] AS channel, "
        + "  TIMESTAMPTZ '2026-01-01 00:00:00+00' + to_seconds((hash(i * 5 + 3) % (14 * 86400))::BIGINT) AS ts, "
        + "  50 + (hash(i * 5 + 4) % 10000) / 100.0 AS price "
        + "  FROM range(" + ROWS + ") t(i)) "
        + "SELECT i AS id, region, channel, ts, "
        + "  CASE WHEN ts >= TIMESTAMPTZ '2026-01-08 00:00:00+00' AND region = 'EMEA' AND channel = 'partner' "
        + "    THEN price * 0.3 ELSE price END AS amount "
        + "FROM base";
  }

  @Test
  void plantedSalesLoseMassOnlyInTheSegment() throws SQLException {
    try (Statement sql = store.connection().createStatement();
        ResultSet mass = sql.executeQuery("SELECT region = 'EMEA' AND channel = 'partner' AS planted, "
            + "sum(amount) FILTER (WHERE ts >= TIMESTAMPTZ '2026-01-08 00:00:00+00') "
            + "/ sum(amount) FILTER (WHERE ts < TIMESTAMPTZ '2026-01-08 00:00:00+00') "
            + "FROM sales GROUP BY ALL ORDER BY planted")) {
      mass.next();
      assertEquals(1, mass.getDouble(2), 0.05);
      mass.next();
      assertEquals(0.3, mass.getDouble(2), 0.05);
    }
  }

  @Test
  void plantedCustomersChurnAtThePlantedRates() throws SQLException {
    try (Statement sql = store.connection().createStatement();
        ResultSet rates = sql.executeQuery("SELECT region = 'EMEA' AND channel = 'partner' AS planted, "
            + "avg(churned::INTEGER), count(*) FROM customers GROUP BY ALL ORDER BY planted")) {
      rates.next();
      assertEquals(0.05, rates.getDouble(2), 0.01);
      rates.next();
      assertEquals(0.6, rates.getDouble(2), 0.03);
      assertEquals(ROWS / 12.0, rates.getLong(3), ROWS / 50.0);
    }
  }

  @Test
  void classifiersFindThePlantedChurnSegmentInTheStore() {
    TrainingSet data = load(new ProbeRequest("customers", new Framing.Outcome("churned", true), List.of(),
        List.of(), MlSettings.defaults()));

    for (ModelProbe probe : List.of(new J48Probe(MlSettings.defaults()), new JRipProbe(MlSettings.defaults()))) {
      ProbeResult result = probe.run(data, generous());

      ProbeAssertions.assertStrongest(result, EMEA_PARTNER, 5);
      assertTrue(result.recipe().sql().contains("customers"), result.recipe().sql());
    }
  }

  @Test
  void classifiersFindWhereMassWasLostInTheStore() {
    TrainingSet data = load(new ProbeRequest("sales",
        new Framing.Change("ts", BASELINE, CURRENT, "amount", Framing.Period.BASELINE), List.of(), List.of(),
        MlSettings.defaults()));

    for (ModelProbe probe : List.of(new J48Probe(MlSettings.defaults()), new JRipProbe(MlSettings.defaults()))) {
      ProbeAssertions.assertStrongest(probe.run(data, generous()), EMEA_PARTNER, 1.3);
    }
  }

  @Test
  void everyProbeRunsOnLoadedData() {
    TrainingSet data = load(new ProbeRequest("customers", new Framing.Outcome("churned", true), List.of(),
        List.of(), MlSettings.defaults()));

    for (ModelProbe probe : ModelProbes.all(MlSettings.defaults())) {
      List<Segment> segments = okSegments(probe.run(data, generous()));
      assertFalse(segments.stream().anyMatch(segment -> segment.lift() <= 1), probe.name());
    }
  }

  private static TrainingSet load(ProbeRequest request) {
    return TrainingSetLoader.load(store, request);
  }
}
