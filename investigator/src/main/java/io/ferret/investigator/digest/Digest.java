package io.ferret.investigator.digest;

import io.ferret.ml.TimeWindow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One digest run: what moved on its day, ranked, each with its explanation.
 *
 * @param name the digest's name
 * @param day the window's calendar day in {@code zone}
 * @param window the window, [from, to)
 * @param zone the zone whose calendar the window follows
 * @param anomalies what moved, new ones first, then the furthest off
 * @param tables the tables scanned
 * @param series the metric series judged (each metric of each table and of each segment with data)
 * @param late whether this run catches up on a window whose scheduled time passed while Ferret was down
 */
public record Digest(
    String name, LocalDate day, TimeWindow window, ZoneId zone, List<Anomaly> anomalies, List<String> tables,
    int series, boolean late) {
  public Digest {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(day, "day is null");
    Objects.requireNonNull(window, "window is null");
    Objects.requireNonNull(zone, "zone is null");
    anomalies = List.copyOf(anomalies);
    tables = List.copyOf(tables);
  }

  /** Nothing moved: the digest can say "all clear". */
  public boolean allClear() {
    return anomalies.isEmpty();
  }
}
