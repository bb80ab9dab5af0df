package io.ferret.ml.probe;

import static io.ferret.ml.probe.ProbeAssertions.generous;
import static io.ferret.ml.probe.ProbeAssertions.okSegments;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ml.Exclusion;
import io.ferret.ml.Framing;
import io.ferret.ml.MlSettings;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.ml.ProbeRequest;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.Segment;
import io.ferret.ml.SharedDatasets;
import io.ferret.ml.TrainingSet;
import io.ferret.ml.data.TrainingSetLoader;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IBM's telco churn data (7,043 customers, 26.5% churned), read by DuckDB into a store and modelled as it comes:
 * the outcome-driver probes must name what the data's documentation and every study of it find, month-to-month
 * contracts (43% churn against 11% and 3% on longer contracts) and fiber-optic internet, among the strongest
 * churn segments. Skipped without ../shared.
 */
class TelcoChurnProbesTest {
  /** As many as an answer reports (DriverRules' five findings). */
  private static final int STRONGEST = 5;
  private static final Predicate MONTH_TO_MONTH = new Predicate("Contract", Operator.EQ, "Month-to-month");
  private static final Predicate FIBER = new Predicate("InternetService", Operator.EQ, "Fiber optic");

  @TempDir
  static Path folder;
  private static Store store;
  private static TrainingSet churn;

  @BeforeAll
  static void loadTheCsv() throws Exception {
    Path csv = SharedDatasets.require("telco-churn/Telco-Customer-Churn.csv");
    store = Store.open(folder.resolve("telco.duckdb"));
    // TotalCharges is text with a blank for the 11 customers of tenure 0: a number with nulls, as ingest makes
    // it; DuckDB reads the Yes/No columns, Churn among them, as BOOLEAN
    try (PreparedStatement load = store.connection().prepareStatement("CREATE TABLE telco AS SELECT * REPLACE ("
        + "TRY_CAST(nullif(trim(TotalCharges), '') AS DOUBLE) AS TotalCharges) FROM read_csv(?, header = true,"
        + " all_varchar = false)")) {
      load.setString(1, csv.toString());
      load.execute();
    }
    churn = TrainingSetLoader.load(store, new ProbeRequest("telco", new Framing.Outcome("Churn", true), List.of(),
        List.of(), MlSettings.defaults()));
  }

  @AfterAll
  static void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void theCustomerKeyIsLeftOutAsIdLike() {
    assertTrue(churn.exclusions().stream().anyMatch(exclusion -> exclusion.column().equals("customerID")
        && exclusion.reason().startsWith("ID-like")), churn.exclusions().toString());
    assertTrue(churn.exclusions().stream().map(Exclusion::column).noneMatch(column -> column.equals("Contract")
        || column.equals("InternetService")), churn.exclusions().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {J48Probe.NAME, JRipProbe.NAME})
  void rulesNameMonthToMonthContractsAndFiberAmongTheStrongestChurnSegments(String name) {
    ModelProbe probe = ModelProbes.all(MlSettings.defaults()).stream()
        .filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();

    ProbeResult result = probe.run(churn, generous());

    List<Segment> strongest = okSegments(result).stream().limit(STRONGEST).toList();
    String found = ProbeAssertions.describe(result);
    assertTrue(strongest.stream().anyMatch(segment -> segment.predicates().contains(MONTH_TO_MONTH)), found);
    assertTrue(strongest.stream().anyMatch(segment -> segment.predicates().contains(FIBER)), found);
    assertTrue(strongest.stream().allMatch(segment -> segment.lift() > 1.3 && segment.holdoutLift() > 1.3), found);
  }

  @Test
  void emsStrongestClusterChurnsMoreThanTheRest() {
    ProbeResult result = new EmProbe(MlSettings.defaults()).run(churn, generous());

    List<Segment> segments = okSegments(result);
    assertFalse(segments.isEmpty(), ProbeAssertions.describe(result));
    Segment top = segments.get(0);
    assertTrue(top.inside().share() > top.outside().share() && top.holdoutLift() > 1, ProbeAssertions.describe(result));
  }
}
