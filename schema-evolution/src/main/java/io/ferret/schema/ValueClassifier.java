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

  /** Booleans are immutable and two, so every one shares these. */
  static final Value TRUE = new Value(ValueKind.BOOLEAN, true, "true");
  static final Value FALSE = new Value(ValueKind.BOOLEAN, false, "false");

  /** Quantities, counts and percentages are mostly small, so their values are shared like booleans. */
  private static final Value[] SMALL_INTEGERS = new Value[1024];

  static {
    for (int i = 0; i < SMALL_INTEGERS.length; i++) {
      SMALL_INTEGERS[i] = new Value(ValueKind.INTEGER, (long) i, null);
    }
  }

  private ValueClassifier() {}

  /** Classifies a scalar or array node; returns null for JSON null. Objects are the flattener's job. */
  public static Value classify(JsonNode node) {
    return switch (node.getNodeType()) {
      case NULL, MISSING -> null;
      case BOOLEAN -> node.booleanValue() ? TRUE : FALSE;
      case NUMBER -> classifyNumber(node);
      case STRING -> classifyString(node.textValue());
      case ARRAY, OBJECT, POJO, BINARY -> new Value(ValueKind.JSON, null, node.toString());
    };
  }

  private static Value classifyNumber(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? integer(node.longValue()) : hugeInteger(node.bigIntegerValue());
    }
    if (node.isDouble() || node.isFloat()) {
      // only NaN and the infinities reach here as doubles when the parser keeps exact decimals
      return ofDouble(node.doubleValue());
    }
    return decimal(node.decimalValue());
  }

  static Value integer(long value) {
    return value >= 0 && value < SMALL_INTEGERS.length
        ? SMALL_INTEGERS[(int) value]
        : new Value(ValueKind.INTEGER, value, null);
  }

  /** An integer beyond int64, kept as its digits. */
  static Value hugeInteger(BigInteger value) {
    return new Value(ValueKind.HUGE_NUMBER, null, value.toString());
  }

  /** A number that is this double exactly: a decimal known to convert without loss, NaN or an infinity. */
  static Value ofDouble(double value) {
    return new Value(ValueKind.DECIMAL, value, null);
  }

  /** A decimal as a double when one holds it exactly, else as its exact digits. */
  static Value decimal(BigDecimal decimal) {
    Double exact = exactDouble(decimal);
    return exact == null ? new Value(ValueKind.HUGE_NUMBER, null, decimal.toString()) : ofDouble(exact);
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

  static Value classifyString(String s) {
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
    Value usual = IsoTemporal.parse(s);
    return usual != null ? usual : parseWithFormatter(s);
  }

  /** The DATE or TIMESTAMP value of a date-like string, by DateTimeFormatter: the reference for {@link IsoTemporal}. */
  static Value parseWithFormatter(String s) {
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
