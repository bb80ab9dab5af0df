package io.ferret.investigator.digest;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What one digest covers and how it judges a day.
 *
 * @param name the digest's name, which keys its state
 * @param zone the time zone whose calendar days are the windows
 * @param tables the tables to scan; empty for every table
 * @param metrics the metric names to scan; empty for every metric of the tables
 * @param sensitivity how unusual a day must be
 * @param minVolume the rows a window must usually hold (or hold now) before it can be announced: percentages of
 *     tiny volumes are noise, and the top complaint about alerting tools
 * @param historyWeeks the weeks of history that predict a day, same weekday against same weekday
 * @param explained how many of the top anomalies get a compact investigation of their drivers
 */
public record DigestSettings(
    String name,
    ZoneId zone,
    List<String> tables,
    List<String> metrics,
    Sensitivity sensitivity,
    long minVolume,
    int historyWeeks,
    int explained) {
  public static final long DEFAULT_MIN_VOLUME = 50;
  public static final int DEFAULT_HISTORY_WEEKS = 8;
  public static final int DEFAULT_EXPLAINED = 5;

  public DigestSettings {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(zone, "zone is null");
    tables = List.copyOf(tables);
    metrics = List.copyOf(metrics);
    Objects.requireNonNull(sensitivity, "sensitivity is null");
    if (minVolume < 1 || historyWeeks < 2 || explained < 0) {
      throw new IllegalArgumentException("min volume must be >= 1, history >= 2 weeks, explained >= 0");
    }
  }

  /** Every metric of every table, in UTC, at medium sensitivity: what {@code ferret digest} does with no config. */
  public static DigestSettings everything(String name) {
    return new DigestSettings(name, ZoneId.of("UTC"), List.of(), List.of(), Sensitivity.MEDIUM, DEFAULT_MIN_VOLUME,
        DEFAULT_HISTORY_WEEKS, DEFAULT_EXPLAINED);
  }
}
