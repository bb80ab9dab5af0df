package io.ferret.ml;

import java.util.Objects;

/** What the class attribute of a model is, and which class the segments should explain. */
public sealed interface Framing {

  /**
   * Outcome drivers: which segments have the outcome far more often.
   *
   * @param column the outcome column (boolean or categorical)
   * @param interest the outcome value of interest, as stored (true, "yes", "churned")
   */
  record Outcome(String column, Object interest) implements Framing {
    public Outcome {
      Objects.requireNonNull(column, "column is null");
      Objects.requireNonNull(interest, "interest is null");
    }
  }

  /**
   * Change drivers: where the mass moved between two periods. The class is the period; each row weighs its
   * metric value (or 1 for counts), so a segment's class share is its share of the mass per period.
   *
   * @param timeColumn the event-time column
   * @param baseline the earlier period
   * @param current the later period
   * @param weightColumn the numeric column summed by the metric, or null to count rows
   * @param interest the period of interest: BASELINE to explain a drop (where mass was lost), CURRENT a rise
   */
  record Change(String timeColumn, TimeWindow baseline, TimeWindow current, String weightColumn, Period interest)
      implements Framing {
    public Change {
      Objects.requireNonNull(timeColumn, "timeColumn is null");
      Objects.requireNonNull(baseline, "baseline is null");
      Objects.requireNonNull(current, "current is null");
      Objects.requireNonNull(interest, "interest is null");
    }
  }

  /** The two periods of a change framing. */
  enum Period {
    BASELINE,
    CURRENT
  }
}
