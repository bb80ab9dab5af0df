package io.ferret.investigator.probe;

import io.ferret.investigator.finding.NumberText;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Says a {@link SeriesShape} in words, with its numbers: "Day by day, this is a level shift since Mon Nov 9: …". */
final class SeriesShapeText {
  private final Metric metric;
  private final BucketGrain grain;
  private final Instant seriesStart;

  /**
   * @param seriesStart when the series' first bucket starts, to name buckets by their position
   */
  SeriesShapeText(Metric metric, BucketGrain grain, Instant seriesStart) {
    this.metric = Objects.requireNonNull(metric, "metric is null");
    this.grain = Objects.requireNonNull(grain, "grain is null");
    this.seriesStart = Objects.requireNonNull(seriesStart, "seriesStart is null");
  }

  /** The sentence for the answer; empty when the shape is unclear or the data too short to judge. */
  Optional<String> sentence(SeriesShape shape) {
    String opening = Character.toUpperCase(grain.noun.charAt(0)) + grain.noun.substring(1) + " by " + grain.noun
        + ", ";
    String per = grain.adjective + " " + metric.name() + " ";
    return Optional.ofNullable(switch (shape.kind()) {
      case LEVEL_SHIFT -> opening + "this is a level shift since " + bucket(shape.from()) + ": " + per
          + value(shape.actual()) + " against a usual " + value(shape.usual())
          + (shape.seasonal() ? " for those " + grain.slots : " before it") + ".";
      case SPIKE -> opening + "this is a one-off " + (shape.actual() < shape.usual() ? "dip " : "spike ")
          + buckets(shape) + ": " + per + value(shape.actual()) + " against a usual " + value(shape.usual())
          + (shape.seasonal() ? " for " + (shape.to() - shape.from() == 1 ? "that " + grain.slot
              : "those " + grain.slots) : "") + "; the " + grain.noun + "s before were normal"
          + (shape.backToNormal() == null ? ", and it is too recent to tell whether it lasts."
              : ", and it was back to normal after.");
      case TREND -> opening + "this is part of a steady " + (shape.slope() < 0 ? "downward" : "upward")
          + " trend: " + per + "has " + (shape.slope() < 0 ? "fallen" : "risen") + " by about "
          + slope(shape.slope()) + " a " + grain.noun + " over the last " + (shape.to() - shape.from()) + " "
          + grain.noun + "s, from " + value(shape.usual()) + " to " + value(shape.actual()) + ".";
      case WITHIN_RANGE -> opening + metric.name() + " in the window stayed within its usual range"
          + (shape.seasonal() ? " for those " + grain.slots : "") + ": " + grain.adjective + " "
          + value(shape.actual()) + " against a usual " + value(shape.usual()) + ".";
      case UNCLEAR, TOO_LITTLE_DATA -> null;
    });
  }

  /** A few words for the probe list. */
  String summary(SeriesShape shape) {
    return switch (shape.kind()) {
      case LEVEL_SHIFT -> "level shift since " + bucket(shape.from());
      case SPIKE -> "one-off " + (shape.actual() < shape.usual() ? "dip " : "spike ") + buckets(shape);
      case TREND -> (shape.slope() < 0 ? "downward" : "upward") + " trend";
      case WITHIN_RANGE -> "within the usual range";
      case UNCLEAR -> "out of range, but neither a spike, a shift nor a trend";
      case TOO_LITTLE_DATA -> "too little data before or in the window to judge";
    } + (shape.seasonal() ? "; compared by " + grain.slot : "");
  }

  /** "on Thu Nov 12" or "from Thu Nov 12 to Fri Nov 13". */
  private String buckets(SeriesShape shape) {
    return shape.to() - shape.from() == 1 ? "on " + bucket(shape.from())
        : "from " + bucket(shape.from()) + " to " + bucket(shape.to() - 1);
  }

  private String bucket(int position) {
    return grain.name(seriesStart.plusSeconds(position * grain.seconds));
  }

  private String value(double value) {
    return NumberText.value(metric.kind(), value);
  }

  /** Rates move in points; other slopes keep their decimals, since a count may move by a fraction a day. */
  private String slope(double slope) {
    return metric.kind() == MetricKind.RATE ? NumberText.points(slope)
        : NumberText.value(MetricKind.SUM, Math.abs(slope));
  }
}
