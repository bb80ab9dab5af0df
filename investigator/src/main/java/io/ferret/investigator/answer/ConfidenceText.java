package io.ferret.investigator.answer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A finding's confidence in words and as a number: "high confidence (0.97)". */
public final class ConfidenceText {
  private static final double HIGH = 0.95;
  private static final double MODERATE = 0.8;

  private ConfidenceText() {}

  /** "high confidence (0.97)", "moderate confidence (0.85)", "low confidence (0.42)". */
  public static String of(double confidence) {
    if (Double.isNaN(confidence)) {
      return "unknown confidence";
    }
    String word = confidence >= HIGH ? "high" : confidence >= MODERATE ? "moderate" : "low";
    return word + " confidence (" + number(confidence) + ")";
  }

  /** Two decimals, rounded down: 0.999 shows as 0.99, since "1.00" would claim a certainty no test gives. */
  static String number(double confidence) {
    return BigDecimal.valueOf(confidence).setScale(2, RoundingMode.FLOOR).toPlainString();
  }
}
