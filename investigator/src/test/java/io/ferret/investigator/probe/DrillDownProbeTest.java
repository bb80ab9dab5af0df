package io.ferret.investigator.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.Recipe;
import io.ferret.investigator.finding.ChangeMeasurement;
import io.ferret.investigator.finding.DimensionSpread;
import io.ferret.investigator.finding.DriverRules;
import io.ferret.investigator.finding.Evidence;
import io.ferret.investigator.question.Direction;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.Deadline;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillDownProbeTest {
  private static final Set<Predicate> EMEA_PARTNER = Set.of(new Predicate("region", Operator.EQ, "EMEA"),
      new Predicate("channel", Operator.EQ, "partner"));

  @TempDir
  static Path folder;
  private static Store store;

  @BeforeAll
  static void plantTables() throws SQLException {
    store = Store.open(folder.resolve("drilldown.duckdb"));
    PlantedTables.sales(store, "pair", "region = 'EMEA' AND channel = 'partner'", 0.2);
    PlantedTables.sales(store, "two_drivers",
        "(region = 'EMEA' AND channel = 'partner') OR (plan = 'enterprise' AND channel = 'online')", 0.2);
    // EMEA partner keeps 20% of its rows in the last week while every other segment grows 20%: the total rises
    PlantedTables.sales(store, "hidden_drop", "region = 'EMEA' AND channel = 'partner'", 0.2);
    PlantedTables.execute(store, "INSERT INTO hidden_drop SELECT * FROM hidden_drop WHERE ts >= TIMESTAMP"
        + " '2026-02-23 00:00:00' AND NOT (region = 'EMEA' AND channel = 'partner') AND hash(id * 7 + 8) % 10 < 2");
    // failures of sessions, pre-aggregated: one row per window, bitrate and device (18 rows in all); in the
    // current window bitrate 2000 fails on C1 (most sessions) and on C2 alike, not on C3
    PlantedTables.execute(store, "CREATE TABLE sessions AS SELECT w.ts, b.bitrate, d.device, d.cnt,"
        + " CAST(round(d.cnt * CASE WHEN w.current AND b.bitrate = '2000' AND d.device <> 'C3' THEN 0.25"
        + " ELSE 0.02 + 0.001 * b.k END) AS BIGINT) AS value"
        + " FROM (VALUES (TIMESTAMP '2026-02-17 00:00:00', false), (TIMESTAMP '2026-02-24 00:00:00', true)) w(ts, current),"
        + " (VALUES ('500', 0), ('2000', 1), ('4000', 2)) b(bitrate, k),"
        + " (VALUES ('C1', 30000), ('C2', 2000), ('C3', 8000)) d(device, cnt)");
    PlantedTables.customers(store);
    PlantedTables.execute(store, "CREATE TABLE numbers AS SELECT TIMESTAMP '2026-02-20 00:00:00' AS ts, 1.0 AS amount");
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  private static ProbeOutcome drill(String table) {
    return drill(PlantedTables.change(table, PlantedTables.REVENUE, Direction.DOWN, List.of()));
  }

  private static ProbeOutcome drill(Interpretation question) {
    return drill(question, ProbeSettings.defaults());
  }

  private static ProbeOutcome drill(Interpretation question, ProbeSettings settings) {
    ProbeSession session = ProbeSession.create(store, question, new SchemaDimensions(store, 50), null, settings);
    try (ProbeContext context = session.open()) {
      return new DrillDownProbe().run(context, Deadline.in(Duration.ofSeconds(30)));
    }
  }

  @Test
  void correlatedColumnIsExplainedAwayByThePlantedPair() {
    DrillDownOutcome outcome = (DrillDownOutcome) drill("pair");

    assertEquals(1, outcome.selected().size(), outcome.selected().toString());
    assertEquals(EMEA_PARTNER, Set.copyOf(outcome.selected().get(0).segment()));
    List<String> ruledOut = outcome.spreads().stream().map(DimensionSpread::dimension).toList();
    assertEquals(List.of("plan", "currency"), ruledOut);
  }

  @Test
  void preAggregatedTrialsAreJudgedBySessionsAndASegmentFailingOnTwoDevicesStaysWhole() {
    Metric failureRate = new Metric("failure rate", MetricKind.RATIO, "value", "cnt", null);
    DrillDownOutcome outcome =
        (DrillDownOutcome) drill(PlantedTables.change("sessions", failureRate, Direction.UP, List.of()));

    // 6 rows, far fewer than a segment needs, but 80,000 sessions; C1 holds 94% of the excess failures, yet C2
    // failed just as often, so the answer is the bitrate, not the bitrate on C1
    assertEquals(List.of(List.of(new Predicate("bitrate", Operator.EQ, "2000"))),
        outcome.selected().stream().map(Evidence::segment).toList());
  }

  @Test
  void aDriverQuestionOverManyRowsScreensASampleAndStatesEveryRowsNumbers() {
    DrillDownSettings defaults = DrillDownSettings.defaults();
    DrillDownSettings screen3000 = new DrillDownSettings(defaults.maxDimensions(), defaults.maxDistinct(),
        defaults.maxTripleDimensions(), defaults.maxPairDimensions(), defaults.minValueShare(), 3_000);
    ProbeSettings settings =
        new ProbeSettings(DriverRules.defaults(), screen3000, ProbeSettings.defaults().ml());
    Interpretation question = PlantedTables.drivers("customers", PlantedTables.CHURN_RATE);

    DrillDownOutcome sampled = (DrillDownOutcome) drill(question, settings);
    DrillDownOutcome whole = (DrillDownOutcome) drill(question);

    assertTrue(sampled.detail().contains("screened a sample of about 3,000 of the 30,000 rows"), sampled.detail());
    assertFalse(whole.detail().contains("sample"), whole.detail());
    assertEquals(Set.of(EMEA_PARTNER), Set.copyOf(sampled.selected().stream()
        .map(evidence -> Set.copyOf(evidence.segment())).toList()));
    // the finding states (and its recipe reproduces) every row's numbers, not the sample's
    assertEquals(whole.total(), sampled.total());
    assertEquals(whole.selected().get(0).measurement(), sampled.selected().get(0).measurement());
    assertEquals(whole.selected().get(0).recipe(), sampled.selected().get(0).recipe());
  }

  @Test
  void secondIndependentDriverShowsOnceTheFirstIsSetAside() {
    DrillDownOutcome outcome = (DrillDownOutcome) drill("two_drivers");

    assertEquals(Set.of(EMEA_PARTNER, Set.of(new Predicate("plan", Operator.EQ, "enterprise"),
        new Predicate("channel", Operator.EQ, "online"))),
        Set.copyOf(outcome.selected().stream().map(evidence -> Set.copyOf(evidence.segment())).toList()));
  }

  @Test
  void aFallHiddenByGrowthElsewhereIsFoundWhenTheQuestionAsksWhatFell() {
    DrillDownOutcome outcome = (DrillDownOutcome) drill("hidden_drop");

    assertFalse(outcome.selected().isEmpty(), outcome.toString());
    Evidence driver = outcome.selected().get(0);
    assertEquals(EMEA_PARTNER, Set.copyOf(driver.segment()));
    ChangeMeasurement measured = (ChangeMeasurement) driver.measurement();
    assertTrue(measured.totalChange() > 0, "the total rose");
    assertTrue(measured.impact() < 0, "against it");
  }

  @Test
  void recipeReproducesTheSegmentsNumbers() throws SQLException {
    Evidence driver = ((DrillDownOutcome) drill("pair")).selected().get(0);
    ChangeMeasurement measured = (ChangeMeasurement) driver.measurement();

    Map<String, Double> byPeriod = run(driver.recipe());

    assertEquals(measured.segment().baseline().n(), byPeriod.get("baseline"), 1e-6);
    assertEquals(measured.segment().current().n(), byPeriod.get("current"), 1e-6);
    assertEquals(measured.segment().rows(), driver.recipe().tableRows());
  }

  @Test
  void tableWithoutDimensionsIsSkipped() {
    assertInstanceOf(SkippedOutcome.class, drill("numbers"));
  }

  private static Map<String, Double> run(Recipe recipe) throws SQLException {
    Map<String, Double> values = new HashMap<>();
    try (PreparedStatement query = store.connection().prepareStatement(recipe.sql())) {
      for (int i = 0; i < recipe.parameters().size(); i++) {
        query.setObject(i + 1, recipe.parameters().get(i));
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.put(rows.getString("period"), rows.getDouble("revenue"));
        }
      }
    }
    assertTrue(values.size() == 2, values.toString());
    return values;
  }
}
