package io.ferret.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Classifies JSON values into {@link ValueKind}s without losing anything a column could not hold. */
public final class ValueClassifier {
  /** Significant digits that every double round-trips; longer decimals need an exactness check. */
  private static final int DOUBLE_SAFE_DIGITS = 15;

  private ValueClassifier() {}

  /** Classifies a scalar or array node; returns null for JSON null. Objects are the flattener's job. */
  public static Value classify(JsonNode node) {
    return switch (node.getNodeType()) {
      case NULL, MISSING -> null;
      case BOOLEAN -> new Value(ValueKind.BOOLEAN, node.booleanValue(), node.booleanValue() ? "true" : "false");
      case NUMBER -> classifyNumber(node);
      case STRING -> classifyString(node.textValue());
      case ARRAY, OBJECT, POJO, BINARY -> new Value(ValueKind.JSON, null, node.toString());
    };
  }

  private static Value classifyNumber(JsonNode node) {
    if (node.isIntegralNumber()) {
      if (node.canConvertToLong()) {
        return new Value(ValueKind.INTEGER, node.longValue(), null);
      }
      BigInteger big = node.bigIntegerValue();
      return new Value(ValueKind.HUGE_NUMBER, null, big.toString());
    }
    if (node.isDouble() || node.isFloat()) {
      // only NaN and the infinities reach here as doubles when the parser keeps exact decimals
      return new Value(ValueKind.DECIMAL, node.doubleValue(), null);
    }
    BigDecimal decimal = node.decimalValue();
    Double exact = exactDouble(decimal);
    return exact == null
        ? new Value(ValueKind.HUGE_NUMBER, null, decimal.toString())
        : new Value(ValueKind.DECIMAL, exact, null);
  }

  /** The double equal to this decimal, or null when a double cannot hold it exactly. */
  static Double exactDouble(BigDecimal decimal) {
    double d = decimal.doubleValue();
    if (Double.isInfinite(d)) {
      return null;
    }
    if (decimal.precision() <= DOUBLE_SAFE_DIGITS && Math.abs(decimal.scale()) < 300) {
      return d;
    }
    return new BigDecimal(Double.toString(d)).compareTo(decimal) == 0 ? d : null;
  }

  private static Value classifyString(String s) {
    if (looksLikeDate(s)) {
      Value temporal = parseTemporal(s);
      if (temporal != null) {
        return temporal;
      }
    }
    if (looksLikeJsonNumber(s)) {
      return new Value(ValueKind.NUMERIC_TEXT, parseExactNumber(s), s);
    }
    return new Value(ValueKind.TEXT, null, s);
  }

  private static boolean looksLikeDate(String s) {
    return s.length() >= 10
        && s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && Character.isDigit(s.charAt(0))
        && Character.isDigit(s.charAt(9));
  }

  private static Value parseTemporal(String s) {
    try {
      if (s.length() == 10) {
        return new Value(ValueKind.DATE, (int) LocalDate.parse(s).toEpochDay(), s);
      }
      OffsetDateTime time = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      if (time.getNano() % 1000 != 0) {
        return null; // finer than DuckDB's microseconds: keep the text rather than round
      }
      long micros = ChronoUnit.MICROS.between(java.time.Instant.EPOCH, time.toInstant());
      return new Value(ValueKind.TIMESTAMP, micros, s);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** True when the whole string follows the JSON number grammar (so "02134" and " 5" are not numbers). */
  static boolean looksLikeJsonNumber(String s) {
    int n = s.length();
    int i = s.startsWith("-") ? 1 : 0;
    if (i >= n) {
      return false;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else {
      int end = skipDigits(s, i);
      if (end == i) {
        return false;
      }
      i = end;
    }
    if (i < n && s.charAt(i) == '.') {
      int end = skipDigits(s, i + 1);
      if (end == i + 1) {
        return false;
      }
      i = end;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int end = skipDigits(s, i);
      if (end == i) {
        return false;
      }
      i = end;
    }
    return i == n;
  }

  /** The index of the first non-ASCII-digit at or after {@code from}. */
  private static int skipDigits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static Number parseExactNumber(String s) {
    BigDecimal decimal = new BigDecimal(s);
    if (s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf('E') < 0) {
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException tooBig) {
        return null;
      }
    }
    return exactDouble(decimal);
  }
}
