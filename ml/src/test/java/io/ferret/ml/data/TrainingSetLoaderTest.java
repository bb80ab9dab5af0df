package io.ferret.ml.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ml.AttributeMap;
import io.ferret.ml.Exclusion;
import io.ferret.ml.Framing;
import io.ferret.ml.MlSettings;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.ml.ProbeRequest;
import io.ferret.ml.TimeWindow;
import io.ferret.ml.TrainingSet;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

/** The data path against a real DuckDB table: exclusions, sampling weights, determinism and SQL safety. */
class TrainingSetLoaderTest {
  private static final int ROWS = 20_000;
  private static final String INJECTION = "x\"; DROP TABLE t; --";
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir
  static Path folder;
  private static Store store;

  @BeforeAll
  static void createTable() throws SQLException {
    store = Store.open(folder.resolve("loader.duckdb"));
    try (Statement sql = store.connection().createStatement()) {
      sql.execute("CREATE TABLE t AS SELECT"
          + " i AS id, uuid()::VARCHAR AS event_uuid, 'user' || i || '@example.com' AS email,"
          + " ['EMEA', 'NA', 'APAC', 'LATAM'][i % 4 + 1] AS region,"
          + " 'c' || (hash(i) % 30) AS city,"
          + " 'same' AS constant,"
          + " (hash(i * 7) % 100) / 10.0 AS score,"
          + " 10 + i % 90 AS amount,"
          + " i % 10 = 0 AS churned,"
          + " CASE WHEN i % 10 = 0 THEN 'gone' ELSE 'kept' END AS status,"
          + " ['a', 'b'][i % 2 + 1] AS \"" + INJECTION.replace("\"", "\"\"") + "\","
          + " TIMESTAMP '2026-01-01' + to_minutes(i) AS ts"
          + " FROM range(" + ROWS + ") r(i)");
    }
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Test
  void excludesIdsNearConstantsAndLeaksWithReasons() {
    Map<String, String> reasons = outcome(MlSettings.defaults()).exclusions().stream()
        .collect(Collectors.toMap(Exclusion::column, Exclusion::reason));

    assertTrue(reasons.get("event_uuid").startsWith("ID-like"), reasons.toString());
    assertTrue(reasons.get("email").startsWith("ID-like"), reasons.toString());
    assertTrue(reasons.get("id").startsWith("ID-like"), reasons.toString());
    assertTrue(reasons.get("constant").startsWith("near-constant"), reasons.toString());
    assertTrue(reasons.get("churned").startsWith("leaks the target"), reasons.toString());
    assertTrue(reasons.get("status").startsWith("leaks the target"), reasons.toString());
    assertTrue(reasons.get("ts").startsWith("time column"), reasons.toString());
    assertFalse(reasons.containsKey("region"));
    assertFalse(reasons.containsKey(INJECTION));
  }

  @Test
  void nominalColumnsKeepTheTopValuesPlusOther() {
    TrainingSet data = outcome(MlSettings.defaults());
    int city = data.attributes().attributeOf("city").orElseThrow();
    assertEquals(13, data.train().attribute(city).numValues(), "12 most frequent values and other");
    assertEquals(AttributeMap.OTHER, data.train().attribute(city).value(12));
    assertTrue(data.attributes().storedValue(city, 12).isEmpty(), "other stands for many stored values");
    int region = data.attributes().attributeOf("region").orElseThrow();
    assertEquals(4, data.train().attribute(region).numValues());
  }

  @Test
  void sampleIsCappedStratifiedAndWeightedBackToTheTable() {
    TrainingSet data = outcome(MlSettings.defaults().withSampleCap(5_000));
    int sampled = data.train().numInstances() + data.holdout().numInstances();
    assertTrue(sampled <= 5_000 + 2, "sampled " + sampled);
    assertEquals(ROWS, weight(data.train()) + weight(data.holdout()), 1e-6 * ROWS);
    double churnedWeight = classWeight(data, data.interestClass());
    assertEquals(ROWS / 10.0, churnedWeight, 1e-6 * ROWS, "each class is scaled to its own rows");
    assertEquals(0.3, data.holdout().numInstances() / (double) sampled, 0.01);
  }

  @Test
  void changeFramingWeighsRowsByTheMetric() throws SQLException {
    TimeWindow baseline = new TimeWindow(START, START.plusSeconds(60L * 10_000));
    TimeWindow current = new TimeWindow(baseline.to(), START.plusSeconds(60L * ROWS));
    TrainingSet data = TrainingSetLoader.load(store, new ProbeRequest("t",
        new Framing.Change("ts", baseline, current, "amount", Framing.Period.BASELINE), List.of(), List.of(),
        MlSettings.defaults().withSampleCap(4_000)));

    double total = weight(data.train()) + weight(data.holdout());
    assertEquals(sum("SELECT sum(amount) FROM t"), total, 1e-6 * total);
    assertTrue(data.exclusions().stream().anyMatch(e -> e.column().equals("amount")));
    assertEquals("BASELINE", data.train().classAttribute().value(data.interestClass()));
  }

  @Test
  void sameSeedGivesTheSameSetAndAnotherSeedAnother() {
    TrainingSet first = outcome(MlSettings.defaults().withSampleCap(3_000));
    TrainingSet again = outcome(MlSettings.defaults().withSampleCap(3_000));
    TrainingSet other = outcome(MlSettings.defaults().withSampleCap(3_000).withSeed(7));

    assertEquals(first.train().toString(), again.train().toString());
    assertEquals(first.recipeBase(), again.recipeBase());
    assertFalse(first.train().toString().equals(other.train().toString()));
  }

  @Test
  void filtersAreBoundAndHostileNamesAreOnlyColumns() throws SQLException {
    TrainingSet data = TrainingSetLoader.load(store, new ProbeRequest("t", new Framing.Outcome("churned", true),
        List.of(new Predicate("region", Operator.EQ, "EMEA' OR '1'='1"), new Predicate(INJECTION, Operator.EQ, "a")),
        List.of(), MlSettings.defaults()));

    assertEquals(0, data.recipeBase().tableRows(), "the quote is part of the bound value, not SQL");
    assertTrue(data.recipeBase().parameters().contains("EMEA' OR '1'='1"));
    assertEquals(ROWS, sum("SELECT count(*) FROM t"), "the table is still there");
  }

  @Test
  void unknownColumnsAreUsageErrors() {
    FerretException error = assertThrows(FerretException.class, () -> TrainingSetLoader.load(store,
        new ProbeRequest("t", new Framing.Outcome("nope", true), List.of(), List.of(), MlSettings.defaults())));
    assertEquals(ErrorCode.USAGE, error.code());
    assertTrue(error.getMessage().contains("'nope'"), error.getMessage());
  }

  private static TrainingSet outcome(MlSettings settings) {
    return TrainingSetLoader.load(store,
        new ProbeRequest("t", new Framing.Outcome("churned", true), List.of(), List.of(), settings));
  }

  private static double weight(Instances instances) {
    return instances.sumOfWeights();
  }

  private static double classWeight(TrainingSet data, int classIndex) {
    double total = 0;
    for (Instances part : List.of(data.train(), data.holdout())) {
      for (int i = 0; i < part.numInstances(); i++) {
        if ((int) part.instance(i).classValue() == classIndex) {
          total += part.instance(i).weight();
        }
      }
    }
    return total;
  }

  private static double sum(String query) throws SQLException {
    try (Statement sql = store.connection().createStatement(); ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getDouble(1);
    }
  }
}
