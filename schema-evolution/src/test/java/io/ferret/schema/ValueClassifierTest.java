package io.ferret.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueClassifierTest {
  private static Value classify(String json) {
    return ValueClassifier.classify(Events.parse("{\"v\":" + json + "}").get(0).get("v"));
  }

  @Test
  void recognisesJsonNumberGrammarOnly() {
    assertTrue(ValueClassifier.looksLikeJsonNumber("49.90"));
    assertTrue(ValueClassifier.looksLikeJsonNumber("-0.5e-3"));
    assertFalse(ValueClassifier.looksLikeJsonNumber("02134"), "leading zeros are identifiers, not numbers");
    assertFalse(ValueClassifier.looksLikeJsonNumber(" 5"));
    assertFalse(ValueClassifier.looksLikeJsonNumber("1,000"));
    assertFalse(ValueClassifier.looksLikeJsonNumber("1."));
    assertFalse(ValueClassifier.looksLikeJsonNumber("-"));
  }

  @Test
  void classifiesStringsByShape() {
    assertEquals(ValueKind.TIMESTAMP, classify("\"2024-03-01T10:00:00.123456+01:00\"").kind());
    assertEquals(ValueKind.TEXT, classify("\"2024-03-01T10:00:00.1234567Z\"").kind(), "sub-micro stays text");
    assertEquals(ValueKind.TEXT, classify("\"2024-03-01T10:00:00\"").kind(), "no offset: not an instant");
    assertEquals(ValueKind.DATE, classify("\"2024-03-01\"").kind());
    assertEquals(ValueKind.TEXT, classify("\"2024-13-01\"").kind());
    assertEquals(ValueKind.NUMERIC_TEXT, classify("\"49.90\"").kind());
    assertEquals(49.9, classify("\"49.90\"").value());
  }

  @Test
  void keepsNumbersExactOrAsText() {
    assertEquals(ValueKind.INTEGER, classify("9223372036854775807").kind());
    assertEquals(ValueKind.HUGE_NUMBER, classify("9223372036854775808").kind());
    assertEquals(ValueKind.DECIMAL, classify("0.1").kind());
    assertEquals(ValueKind.HUGE_NUMBER, classify("0.10000000000000000555111512312578270211815834045410156251").kind());
    assertEquals(ValueKind.HUGE_NUMBER, classify("1e400").kind());
    assertNull(ValueClassifier.exactDouble(new BigDecimal("1e400")));
    assertNull(classify("null"));
  }
}
