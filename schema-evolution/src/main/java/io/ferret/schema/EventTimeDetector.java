package io.ferret.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Chooses a table's event-time column: the configured one, else a timestamp column with a telling name. */
final class EventTimeDetector {
  /** Names that mean "when it happened", best first; matched against the last key of the field. */
  private static final List<String> PREFERRED = List.of(
      "event_time", "event_timestamp", "eventtime", "timestamp", "ts", "time", "occurred_at", "created_at",
      "createdat", "created", "event_date", "datetime", "date", "updated_at");

  private EventTimeDetector() {}

  static Optional<Column> detect(List<Column> columns, String configured) {
    List<Column> temporal = columns.stream()
        .filter(c -> c.role() == ColumnRole.DATA && c.type().isTemporal())
        .toList();
    if (configured != null) {
      return temporal.stream()
          .filter(c -> c.name().equals(configured) || c.path().dotted().equals(configured))
          .findFirst();
    }
    for (String name : PREFERRED) {
      for (Column column : temporal) {
        List<String> segments = column.path().segments();
        if (segments.get(segments.size() - 1).toLowerCase(Locale.ROOT).equals(name)) {
          return Optional.of(column);
        }
      }
    }
    return temporal.stream().filter(c -> c.type() == ColumnType.TIMESTAMP).findFirst();
  }
}
