package io.ferret.investigator.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.InvestigatorSettings;
import io.ferret.investigator.answer.AnswerFormat;
import io.ferret.investigator.answer.DigestRenderer;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Digests over planted tables: what moved is found and explained, and nothing else is announced. */
class DigestRunnerTest {
  private static final Predicate EMEA = new Predicate("region", Operator.EQ, "EMEA");
  private static final Predicate PARTNER = new Predicate("channel", Operator.EQ, "partner");
  private static final String NOTHING = "FALSE";

  @TempDir Path folder;

  @Test
  void aPlantedDropIsDetectedInItsSegmentAndExplainedByTheOtherHalfOfTheCause() throws SQLException {
    try (Store store = Store.open(folder.resolve("digest.duckdb"))) {
      DigestTables.orders(store, "region = 'EMEA' AND channel = 'partner'", 1, 0.2, 4);

      Digest digest = run(store);

      assertFalse(digest.allClear(), DigestRenderer.render(digest, AnswerFormat.TEXT));
      Anomaly emeaOrders = find(digest, "orders", List.of(EMEA));
      assertFalse(emeaOrders.rose());
      assertFalse(emeaOrders.ongoing());
      assertTrue(emeaOrders.relativeChange() < -0.2, "EMEA orders fell by a quarter: " + emeaOrders);
      assertTrue(emeaOrders.drivers().get(0).contains(PARTNER),
          "explained by the partner channel: " + emeaOrders.explanation());
      for (Anomaly anomaly : digest.anomalies()) {
        assertTrue(anomaly.segment().isEmpty() || anomaly.segment().equals(List.of(EMEA))
            || anomaly.segment().equals(List.of(PARTNER)), "only the planted cause moved: " + anomaly);
        assertFalse(anomaly.rose(), "nothing rose: " + anomaly);
      }
      String json = DigestRenderer.render(digest, AnswerFormat.JSON);
      assertTrue(json.contains("\"anomalies\" : ["), json);
      assertTrue(json.contains("\"expected\" : ") && json.contains("\"actual\" : ")
          && json.contains("\"explanation\" : "), json);
    }
  }

  @Test
  void historyWithOnlyItsWeeklyRhythmGivesNoAnomaly() throws SQLException {
    try (Store store = Store.open(folder.resolve("digest.duckdb"))) {
      DigestTables.orders(store, NOTHING, 1, 0, 4);

      Digest digest = run(store);

      // the last day is a Sunday, with half a weekday's orders: the rhythm, not an anomaly
      assertTrue(digest.allClear(), DigestRenderer.render(digest, AnswerFormat.TEXT));
      assertTrue(digest.series() > 20, "every metric of the table and of each segment was judged");
      assertTrue(DigestRenderer.render(digest, AnswerFormat.TEXT).contains("All clear"));
    }
  }

  @Test
  void aTinySegmentWithAHugePercentageSwingIsNotFlagged() throws SQLException {
    try (Store store = Store.open(folder.resolve("digest.duckdb"))) {
      DigestTables.orders(store, NOTHING, 1, 0, 40);

      Digest digest = run(store);

      // Antarctica went from 4 orders to 40 (+900%), on volumes far below the minimum
      assertTrue(digest.anomalies().stream().noneMatch(a -> a.segment().toString().contains("Antarctica")),
          DigestRenderer.render(digest, AnswerFormat.TEXT));
    }
  }

  @Test
  void anOngoingShiftIsCarriedWithItsDayCountNotAnnouncedAfresh() throws SQLException {
    try (Store store = Store.open(folder.resolve("digest.duckdb"))) {
      DigestTables.orders(store, "region = 'EMEA' AND channel = 'partner'", 3, 0.2, 4);

      Digest digest = run(store);

      Anomaly emeaOrders = find(digest, "orders", List.of(EMEA));
      assertEquals(3, emeaOrders.dayOfShift(), DigestRenderer.render(digest, AnswerFormat.TEXT));
      assertTrue(DigestText.line(emeaOrders).contains("still low, day 3"), DigestText.line(emeaOrders));
    }
  }

  private static Digest run(Store store) {
    DigestSettings settings = DigestSettings.everything("daily");
    return new DigestRunner(store, InvestigatorSettings.defaults())
        .run(settings, DigestRunner.latestCompleteDay(DigestTables.AS_OF, ZoneOffset.UTC), false);
  }

  private static Anomaly find(Digest digest, String metric, List<Predicate> segment) {
    return digest.anomalies().stream()
        .filter(a -> a.metric().equals(metric) && a.segment().equals(segment))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + metric + " anomaly for " + segment + " in\n"
            + DigestRenderer.render(digest, AnswerFormat.TEXT)));
  }
}
