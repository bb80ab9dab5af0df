package io.ferret.investigator.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.investigator.ChangeSummary;
import io.ferret.investigator.question.Comparison;
import io.ferret.investigator.question.Direction;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;
import io.ferret.ml.Deadline;
import io.ferret.ml.TimeWindow;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Minute-level rows stamped exactly on the minute, as monitoring data arrives: revenue 100-102 a minute from
 * 10:06 to 10:10, then 130 at 10:11, the minute asked about.
 */
class MetricChangeProbeTest {
  @TempDir
  Path folder;

  @Test
  void rowsOnAWindowsStartBelongToThatWindowSoTheSpikeIsNotItsOwnHistory() throws SQLException {
    try (Store store = Store.open(folder.resolve("minutes.duckdb"))) {
      PlantedTables.execute(store, "CREATE TABLE minutes AS SELECT TIMESTAMP '2026-03-02 10:06:00' + to_minutes(m)"
          + " AS ts, CASE WHEN m = 5 THEN 130 ELSE 100 + m % 3 END AS amount FROM range(6) t(m)");

      ChangeSummary change = run(store, minute("10:11"), minute("10:10"));

      assertEquals(130, change.current(), 1e-9);
      assertEquals(101, change.baseline(), 1e-9);
      // four earlier changes of 1-2% each: a 29% rise is far beyond them (counting the spike itself as history
      // would put three times their root mean square at 52%)
      assertEquals(Boolean.TRUE, change.beyondNormalVariation());
    }
  }

  private static ChangeSummary run(Store store, TimeWindow current, TimeWindow baseline) {
    Interpretation interpretation = new Interpretation("minutes", QuestionKind.CHANGE, PlantedTables.REVENUE,
        Direction.ANY, List.of(), "ts", new Comparison(current, baseline, "current vs baseline", "current"),
        List.of(), List.of());
    ProbeSession session = ProbeSession.create(store, interpretation, (name, queries) -> List.of(), null,
        ProbeSettings.defaults());
    try (ProbeContext context = session.open()) {
      return ((ChangeOutcome) new MetricChangeProbe().run(context, Deadline.in(Duration.ofSeconds(10)))).change();
    }
  }

  private static TimeWindow minute(String clock) {
    Instant from = Instant.parse("2026-03-02T" + clock + ":00Z");
    return new TimeWindow(from, from.plusSeconds(60));
  }
}
