package io.ferret.investigator.semantic;

import java.util.List;
import java.util.Map;

/**
 * What ferret.yml says about one table; every part is optional.
 *
 * @param noun what one row is, plural
 * @param timeColumn the event-time column
 * @param metrics extra metrics by name, e.g. {@code failure_rate: sum(value) / sum(cnt)}
 * @param synonyms extra words for a metric or column, e.g. {@code bookings: amount}
 * @param dimensions the dimensions to use instead of the inferred ones
 */
record TableOverrides(
    String noun, String timeColumn, Map<String, MetricFormula> metrics, Map<String, String> synonyms,
    List<String> dimensions) {
  static final TableOverrides NONE = new TableOverrides(null, null, Map.of(), Map.of(), null);
}
