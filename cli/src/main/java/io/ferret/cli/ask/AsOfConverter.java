package io.ferret.cli.ask;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --as-of}: an ISO-8601 instant ({@code 2026-11-16T09:00:00Z}, or with an offset), or a date,
 * which means its first moment. Times without an offset and dates are read in UTC, the zone the investigator
 * reads days and weeks in.
 */
public final class AsOfConverter implements ITypeConverter<Instant> {
  private static final DateTimeFormatter DATE_OR_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffsetId().optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT);

  @Override
  public Instant convert(String value) {
    TemporalAccessor parsed;
    try {
      parsed = DATE_OR_TIME.parseBest(value, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is neither an ISO instant such as 2026-11-16T09:00:00Z"
          + " nor a date such as 2026-11-16");
    }
    if (parsed instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (parsed instanceof LocalDateTime time) {
      return time.toInstant(ZoneOffset.UTC);
    }
    return ((LocalDate) parsed).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
