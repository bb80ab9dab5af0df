package io.ferret.cli.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads result values into a few plain Java types, so every output format treats them alike: null, Boolean,
 * Long, BigInteger, BigDecimal, Double, LocalDate, LocalDateTime, OffsetDateTime, {@link JsonText} or String.
 */
public final class ResultValues {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private ResultValues() {}

  /** JSON text from a JSON column, to embed as JSON rather than as a string. */
  public record JsonText(String json) {}

  /** The value of a column (1-based) in the result's current row. */
  public static Object read(ResultSet result, int column, String typeName) throws SQLException {
    Object value = result.getObject(column);
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean || value instanceof Long || value instanceof BigInteger
        || value instanceof BigDecimal || value instanceof Double || value instanceof String
        || value instanceof LocalDate || value instanceof OffsetDateTime) {
      return "JSON".equals(typeName) ? new JsonText(value.toString()) : value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof Timestamp) {
      return result.getObject(column, LocalDateTime.class);
    }
    if ("JSON".equals(typeName)) {
      return new JsonText(result.getString(column));
    }
    return result.getString(column);
  }

  /** A value as text for tables and CSV; null becomes null, for the caller to show as it sees fit. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double d) {
      return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : d.toString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof LocalDateTime timestamp) {
      return (timestamp.getNano() == 0 ? SECONDS : MICROSECONDS).format(timestamp);
    }
    if (value instanceof JsonText json) {
      return json.json();
    }
    return value.toString();
  }
}
