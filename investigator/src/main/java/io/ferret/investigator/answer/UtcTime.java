package io.ferret.investigator.answer;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Times as answers print them: ISO-8601 instants in UTC, dates as dates. */
final class UtcTime {
  private UtcTime() {}

  /** The value in ISO-8601 when it is a time or a date; empty for anything else. */
  static Optional<String> iso(Object value) {
    Instant instant = null;
    if (value instanceof Instant time) {
      instant = time;
    } else if (value instanceof OffsetDateTime time) {
      instant = time.toInstant();
    } else if (value instanceof ZonedDateTime time) {
      instant = time.toInstant();
    } else if (value instanceof LocalDateTime time) {
      instant = time.toInstant(ZoneOffset.UTC); // the store keeps event times as UTC wall-clock TIMESTAMPs
    } else if (value instanceof Timestamp time) {
      instant = time.toLocalDateTime().toInstant(ZoneOffset.UTC); // not toInstant(): that reads the JVM's zone
    } else if (value instanceof LocalDate date) {
      return Optional.of(date.toString());
    }
    return Optional.ofNullable(instant).map(Instant::toString);
  }
}
