package io.ferret.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Gives a CSV value a JSON type from its text, since CSV itself has none.
 *
 * <p>Empty is null; true/false in any case are booleans; text in the exact JSON number grammar is a number,
 * typed the way the JSON Lines source types it (int, long, BigInteger, exact BigDecimal for any fraction or
 * exponent); everything else stays text unchanged, so "02134" (a zip code), "1,000" and " 5" are not numbers.
 */
final class CsvValueTyper {
  /** Up to 18 digits always fits a long, so the common case skips BigInteger. */
  private static final int MAX_SAFE_LONG_DIGITS = 18;

  private enum NumberShape { NOT_A_NUMBER, INTEGER, DECIMAL }

  private CsvValueTyper() {}

  static JsonNode type(String text) {
    if (text.isEmpty()) {
      return NullNode.getInstance();
    }
    if (text.equalsIgnoreCase("true")) {
      return BooleanNode.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return BooleanNode.FALSE;
    }
    return switch (shapeOf(text)) {
      case INTEGER -> integer(text);
      case DECIMAL -> decimal(text);
      case NOT_A_NUMBER -> TextNode.valueOf(text);
    };
  }

  private static JsonNode integer(String text) {
    int digits = text.charAt(0) == '-' ? text.length() - 1 : text.length();
    if (digits <= MAX_SAFE_LONG_DIGITS) {
      long value = Long.parseLong(text);
      return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }
    BigInteger value = new BigInteger(text);
    return value.bitLength() < Long.SIZE ? LongNode.valueOf(value.longValue()) : BigIntegerNode.valueOf(value);
  }

  private static JsonNode decimal(String text) {
    try {
      return DecimalNode.valueOf(new BigDecimal(text));
    } catch (NumberFormatException e) {
      // The grammar allows exponents beyond what BigDecimal can represent, like 1e9999999999.
      return TextNode.valueOf(text);
    }
  }

  /** Matches -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? by hand: this runs on every CSV value. */
  private static NumberShape shapeOf(String text) {
    int length = text.length();
    if (length > SourceLimits.MAX_NUMBER_CHARS) {
      return NumberShape.NOT_A_NUMBER;
    }
    int i = 0;
    if (text.charAt(i) == '-') {
      i++;
    }
    if (i == length || !isDigit(text.charAt(i))) {
      return NumberShape.NOT_A_NUMBER;
    }
    if (text.charAt(i) == '0') {
      i++;
    } else {
      i = skipDigits(text, i);
    }
    boolean decimal = false;
    if (i < length && text.charAt(i) == '.') {
      int fractionStart = i + 1;
      i = skipDigits(text, fractionStart);
      if (i == fractionStart) {
        return NumberShape.NOT_A_NUMBER;
      }
      decimal = true;
    }
    if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentStart = i;
      i = skipDigits(text, exponentStart);
      if (i == exponentStart) {
        return NumberShape.NOT_A_NUMBER;
      }
      decimal = true;
    }
    if (i != length) {
      return NumberShape.NOT_A_NUMBER;
    }
    return decimal ? NumberShape.DECIMAL : NumberShape.INTEGER;
  }

  private static int skipDigits(String text, int from) {
    int i = from;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
