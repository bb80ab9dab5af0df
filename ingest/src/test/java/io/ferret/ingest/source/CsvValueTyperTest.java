package io.ferret.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvValueTyperTest {

  @Test
  void emptyTextIsNull() {
    assertEquals(NullNode.getInstance(), CsvValueTyper.type(""));
  }

  @Test
  void trueAndFalseInAnyCaseAreBooleans() {
    assertEquals(BooleanNode.TRUE, CsvValueTyper.type("true"));
    assertEquals(BooleanNode.TRUE, CsvValueTyper.type("TRUE"));
    assertEquals(BooleanNode.FALSE, CsvValueTyper.type("False"));
  }

  @Test
  void integersTakeTheSmallestNodeThatHoldsThemExactly() {
    assertEquals(IntNode.valueOf(0), CsvValueTyper.type("0"));
    assertEquals(IntNode.valueOf(-42), CsvValueTyper.type("-42"));
    assertEquals(LongNode.valueOf(2_147_483_648L), CsvValueTyper.type("2147483648"));
    assertEquals(LongNode.valueOf(Long.MAX_VALUE), CsvValueTyper.type("9223372036854775807"));
    assertEquals(LongNode.valueOf(Long.MIN_VALUE), CsvValueTyper.type("-9223372036854775808"));
    assertEquals(BigIntegerNode.valueOf(new BigInteger("9223372036854775808")),
        CsvValueTyper.type("9223372036854775808"));
    assertEquals(BigIntegerNode.valueOf(new BigInteger("-123456789012345678901234567890")),
        CsvValueTyper.type("-123456789012345678901234567890"));
  }

  @Test
  void fractionsAndExponentsAreExactDecimalsWithTheirDigitsAsWritten() {
    assertEquals(DecimalNode.valueOf(new BigDecimal("3.14")), CsvValueTyper.type("3.14"));
    assertEquals(DecimalNode.valueOf(new BigDecimal("1.50")), CsvValueTyper.type("1.50"));
    assertEquals(DecimalNode.valueOf(new BigDecimal("-0.5")), CsvValueTyper.type("-0.5"));
    assertEquals(DecimalNode.valueOf(new BigDecimal("1e400")), CsvValueTyper.type("1e400"));
    assertEquals(DecimalNode.valueOf(new BigDecimal("2.5E-7")), CsvValueTyper.type("2.5E-7"));
    assertEquals(DecimalNode.valueOf(new BigDecimal("1E+2")), CsvValueTyper.type("1E+2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"02134", "-01", "1,000", "  5", "5 ", "+5", "1.", ".5", "1e", "1e+", "-", "1.2.3",
      "0x1F", "NaN", "Infinity", "1_000", "truey", "yes", "null", "١٢٣", "1e9999999999"})
  void textOutsideTheJsonNumberGrammarStaysTextUnchanged(String text) {
    assertEquals(TextNode.valueOf(text), CsvValueTyper.type(text));
  }

  @Test
  void numbersLongerThanTenThousandCharactersStayText() {
    String digits = "7".repeat(10_001);

    assertEquals(TextNode.valueOf(digits), CsvValueTyper.type(digits));
    JsonNode atTheLimit = CsvValueTyper.type("7".repeat(10_000));
    assertEquals(BigIntegerNode.valueOf(new BigInteger("7".repeat(10_000))), atTheLimit);
  }
}
