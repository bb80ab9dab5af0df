package io.ferret.investigator.probe;

import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.ml.TimeWindow;
import io.ferret.store.Sql;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The event-time column and its DuckDB type, which decides how instants are bound: the store keeps TIMESTAMP
 * values as UTC wall-clock time, TIMESTAMPTZ values are absolute, DATE values are UTC days.
 */
public record TimeColumn(String name, String type) {
  public TimeColumn {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(type, "type is null");
  }

  /** The value to bind for {@code instant} when comparing with this column. */
  Object bind(Instant instant) {
    if (type.equals("TIMESTAMP WITH TIME ZONE")) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    if (type.equals("DATE")) {
      return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toLocalDate();
    }
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** {@code "ts" >= ? AND "ts" < ?}. */
  public SqlFragment within(TimeWindow window) {
    String column = Sql.quote(name);
    return new SqlBuilder().sql(column + " >= ").value(bind(window.from())).sql(" AND " + column + " < ")
        .value(bind(window.to())).build();
  }

  /** The column as seconds since the epoch (UTC for TIMESTAMP and DATE values). */
  public SqlFragment epochSeconds() {
    return SqlFragment.of("epoch(" + Sql.quote(name) + ")");
  }
}
