package io.ferret.ingest.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link OrderStreamGenerator} generates: how many orders over which days, from which seed, when the
 * producer's schema changes and which incident, if any, is planted. Equal specs give byte-identical streams.
 *
 * @param rows number of order events, at least 1
 * @param start earliest possible event time
 * @param days length of the stream: events fall in [start, start + days)
 * @param seed drives every random choice, including the customer base and the product catalog
 * @param schemaChangeAt fraction of rows written in the old schema: 0 changes it from the first row, 1 never
 * @param incident a planted change in one segment's volume, or empty
 */
public record OrderStreamSpec(
    long rows, Instant start, int days, long seed, double schemaChangeAt, Optional<PlantedIncident> incident) {

  public static final double DEFAULT_SCHEMA_CHANGE_AT = 0.5;
  public static final long BENCHMARK_ROWS = 2_000_000;

  /** The demo and benchmark streams end here, at midnight after Sunday 2026-11-15, so both cover whole weeks. */
  private static final Instant SHOWCASE_END = Instant.parse("2026-11-16T00:00:00Z");

  public OrderStreamSpec {
    Objects.requireNonNull(start, "start is null");
    Objects.requireNonNull(incident, "incident is null; use Optional.empty()");
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, got " + rows);
    }
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, got " + days);
    }
    if (!(schemaChangeAt >= 0 && schemaChangeAt <= 1)) {
      throw new IllegalArgumentException("schemaChangeAt must be within [0, 1], got " + schemaChangeAt);
    }
    Instant end = start.plus(Duration.ofDays(days));
    incident.ifPresent(
        planted -> {
          if (!planted.start().isBefore(end) || !planted.end().isAfter(start)) {
            throw new IllegalArgumentException(
                "incident window [" + planted.start() + ", " + planted.end() + ") lies outside the stream ["
                    + start + ", " + end + ")");
          }
        });
  }

  /** A stream with the schema change halfway through and no incident. */
  public OrderStreamSpec(long rows, Instant start, int days, long seed) {
    this(rows, start, days, seed, DEFAULT_SCHEMA_CHANGE_AT, Optional.empty());
  }

  /**
   * The {@code ferret demo} stream: 20,000 orders over the 8 weeks ending 2026-11-15T23:59:59Z, seed 7, in
   * which EMEA partner-channel orders drop to 30% during the last 7 days (Monday 2026-11-09 to Sunday). That
   * segment is about a sixth of orders and, resellers ordering in bulk, a quarter of revenue, so last week's
   * revenue is clearly the lowest of the eight while every other region and channel carries on as before.
   */
  public static OrderStreamSpec demo() {
    int days = 8 * 7;
    Instant lastWeek = SHOWCASE_END.minus(Duration.ofDays(7));
    PlantedIncident partnerDrop =
        new PlantedIncident(Map.of("region", "EMEA", "channel", "partner"), lastWeek, SHOWCASE_END, 0.3);
    return new OrderStreamSpec(
        20_000,
        SHOWCASE_END.minus(Duration.ofDays(days)),
        days,
        7,
        DEFAULT_SCHEMA_CHANGE_AT,
        Optional.of(partnerDrop));
  }

  /** The ingest benchmark stream: {@link #BENCHMARK_ROWS} orders, no incident. */
  public static OrderStreamSpec benchmark() {
    return benchmark(BENCHMARK_ROWS);
  }

  /** The ingest benchmark stream with the given number of orders over the 52 weeks ending 2026-11-15, no incident. */
  public static OrderStreamSpec benchmark(long rows) {
    int days = 52 * 7;
    return new OrderStreamSpec(rows, SHOWCASE_END.minus(Duration.ofDays(days)), days, 1);
  }

  /** The first instant after the stream. */
  public Instant end() {
    return start.plus(Duration.ofDays(days));
  }

  /** Index (0-based) of the first row in the new schema, which is also the number of rows in the old one. */
  public long schemaChangeRow() {
    return (long) Math.floor(schemaChangeAt * rows);
  }
}
