package io.ferret.investigator.digest;

import java.util.Locale;

/**
 * How unusual a day must be to be announced: its distance from what history predicts, in robust standard
 * deviations (1.4826 × MAD), and its change relative to that prediction. Both must be exceeded.
 */
public enum Sensitivity {
  LOW(5.0, 0.30),
  MEDIUM(4.0, 0.20),
  HIGH(3.0, 0.10);

  private final double minScore;
  private final double minRelativeChange;

  Sensitivity(double minScore, double minRelativeChange) {
    this.minScore = minScore;
    this.minRelativeChange = minRelativeChange;
  }

  public double minScore() {
    return minScore;
  }

  public double minRelativeChange() {
    return minRelativeChange;
  }

  /** "low", "medium" or "high", as ferret.yml spells it. */
  public static Sensitivity parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sensitivity must be low, medium or high, got '" + text + "'", e);
    }
  }
}
