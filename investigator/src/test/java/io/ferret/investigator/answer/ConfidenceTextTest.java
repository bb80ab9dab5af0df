package io.ferret.investigator.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConfidenceTextTest {
  @Test
  void namesTheBandAndRoundsTheNumberDownSoItNeverClaimsCertainty() {
    assertEquals("high confidence (0.99)", ConfidenceText.of(0.9999));
    assertEquals("high confidence (0.95)", ConfidenceText.of(0.95));
    assertEquals("moderate confidence (0.94)", ConfidenceText.of(0.949));
    assertEquals("low confidence (0.79)", ConfidenceText.of(0.799));
    assertEquals("high confidence (1.00)", ConfidenceText.of(1.0));
    assertEquals("unknown confidence", ConfidenceText.of(Double.NaN));
  }
}
