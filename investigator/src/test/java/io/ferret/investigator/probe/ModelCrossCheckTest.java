package io.ferret.investigator.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.investigator.Recipe;
import io.ferret.investigator.finding.ChangeMeasurement;
import io.ferret.investigator.finding.Evidence;
import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.investigator.question.Direction;
import io.ferret.ml.Deadline;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCrossCheckTest {
  private static final Predicate EMEA = new Predicate("region", Operator.EQ, "EMEA");
  private static final Predicate PARTNER = new Predicate("channel", Operator.EQ, "partner");

  @TempDir
  static Path folder;
  private static Store store;
  private static ProbeSession session;

  /** EMEA partner and enterprise online sales both drop to 20% in the last week. */
  @BeforeAll
  static void plantTable() throws SQLException {
    store = Store.open(folder.resolve("crosscheck.duckdb"));
    PlantedTables.sales(store, "sales",
        "(region = 'EMEA' AND channel = 'partner') OR (plan = 'enterprise' AND channel = 'online')", 0.2);
    session = ProbeSession.create(store, PlantedTables.change("sales", PlantedTables.REVENUE, Direction.DOWN,
        List.of()), (table, queries) -> List.of(), null, ProbeSettings.defaults());
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  private static Evidence evidence(List<Predicate> segment, boolean alone) {
    SegmentMeasurer.Measured measured;
    try (ProbeContext context = session.open()) {
      measured = new SegmentMeasurer(context.queries(), session.scope(), session.metric())
          .measure(List.of(segment), List.of());
    }
    PeriodMoments moments = measured.segments().get(0);
    return new Evidence(segment, ChangeMeasurement.of(moments, measured.total(), true), 0.99, List.of("jrip"),
        new Recipe("SELECT 1", List.of(), null, null, null, null, moments.rows()), alone);
  }

  @Test
  void segmentNamingTheDriversRowsByACorrelatedColumnNoLongerStandsAlone() {
    Evidence driver = evidence(List.of(EMEA, PARTNER), true);
    Evidence euroPartner = evidence(List.of(new Predicate("currency", Operator.EQ, "EUR"), PARTNER), true);
    Evidence enterpriseOnline = evidence(List.of(new Predicate("plan", Operator.EQ, "enterprise"),
        new Predicate("channel", Operator.EQ, "online")), true);

    List<Evidence> checked = ModelCrossCheck.check(session, List.of(driver), List.of(euroPartner, enterpriseOnline),
        Deadline.in(Duration.ofSeconds(10)));

    assertEquals(List.of(false, true), checked.stream().map(Evidence::standsAlone).toList());
  }

  @Test
  void pastTheDeadlineOverlappingSegmentsDoNotStandAlone() {
    Evidence driver = evidence(List.of(EMEA, PARTNER), true);
    Evidence apart = evidence(List.of(new Predicate("region", Operator.EQ, "APAC")), true);
    Evidence overlapping = evidence(List.of(PARTNER, new Predicate("plan", Operator.EQ, "pro")), true);

    List<Evidence> checked = ModelCrossCheck.check(session, List.of(driver), List.of(apart, overlapping),
        Deadline.in(Duration.ZERO));

    assertEquals(List.of(true, false), checked.stream().map(Evidence::standsAlone).toList());
  }
}
