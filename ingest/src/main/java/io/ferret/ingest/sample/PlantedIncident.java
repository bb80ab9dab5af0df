package io.ferret.ingest.sample;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A change planted in one segment's order volume: from {@code start} (inclusive) to {@code end} (exclusive),
 * orders matching every entry of {@code filter} arrive at {@code multiplier} times their normal rate, while all
 * other orders keep theirs. Order sizes stay normal, so the segment's revenue moves with its volume and the
 * stream's totals fall (or rise) by the segment's loss (or gain) alone.
 *
 * @param filter column to value, e.g. {@code {"region": "EMEA", "channel": "partner"}}; columns are named as in
 *     the events, nested ones dotted, and must be among {@link #FILTER_COLUMNS}
 * @param start first instant of the incident
 * @param end first instant after it
 * @param multiplier the segment's rate in the window relative to normal: 0.3 is a drop to 30%, 2 a doubling
 */
public record PlantedIncident(Map<String, String> filter, Instant start, Instant end, double multiplier) {
  /** Columns a filter may name: the dimensions an order is drawn on before its details are. */
  public static final List<String> FILTER_COLUMNS =
      List.of("region", "channel", "currency", "customer.segment", "customer.country", "product.category");

  public PlantedIncident {
    Objects.requireNonNull(filter, "filter is null");
    Objects.requireNonNull(start, "start is null");
    Objects.requireNonNull(end, "end is null");
    if (filter.isEmpty()) {
      throw new IllegalArgumentException("incident filter is empty; name at least one of " + FILTER_COLUMNS);
    }
    filter.forEach(
        (column, value) -> {
          if (!FILTER_COLUMNS.contains(column)) {
            throw new IllegalArgumentException(
                "incident filter column '" + column + "' is not one of " + FILTER_COLUMNS);
          }
          Objects.requireNonNull(value, () -> "incident filter value for '" + column + "' is null");
        });
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("incident start " + start + " is not before its end " + end);
    }
    if (!(multiplier >= 0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("incident multiplier must be finite and >= 0, got " + multiplier);
    }
    // Sorted so that the record prints the same way in every run.
    filter = Collections.unmodifiableMap(new TreeMap<>(filter));
  }
}
