package io.ferret.investigator.finding;

import io.ferret.investigator.semantic.Metric;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/** Sentences for what was checked and showed nothing, so an answer says where not to look. */
public final class RuledOut {
  private final Metric metric;

  public RuledOut(Metric metric) {
    this.metric = Objects.requireNonNull(metric, "metric is null");
  }

  /**
   * "No single channel explains it: every channel fell 9.0–12.1%."
   *
   * @param afterFindings whether the spread is of the rows the findings leave out
   */
  public String dimension(DimensionSpread spread, boolean afterFindings) {
    String dimension = spread.dimension();
    String opening = afterFindings
        ? "Once the findings are set aside, no single " + dimension + " stands out: "
        : "No single " + dimension + " " + (spread.kind() == SpreadKind.RATE ? "stands out" : "explains it") + ": ";
    return opening + switch (spread.kind()) {
      case RELATIVE_CHANGE -> "every " + dimension + " " + range(spread, NumberText::percent,
          NumberText::signedPercent) + ".";
      case POINT_CHANGE -> "every " + dimension + "'s " + metric.name() + " "
          + range(spread, value -> NumberText.points(value).replace(" points", ""), RuledOut::signedPoints)
          + " points.";
      case RATE -> metric.name() + " ranges from " + NumberText.percent(spread.low()) + " to "
          + NumberText.percent(spread.high()) + " across " + spread.values() + " values.";
    };
  }

  /** "J48, JRip and EM found no segment that held up on held-out rows." */
  public static String models(List<String> names) {
    String joined = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return joined + " found no segment that held up on held-out rows.";
  }

  /** "fell 9.0–12.1%", "rose 0.2–0.4", or "changed between -3.1% and +2.0%". */
  private static String range(DimensionSpread spread, DoubleFunction<String> magnitude,
      DoubleFunction<String> signed) {
    if (spread.high() < 0) {
      return "fell " + magnitude.apply(-spread.high()).replace("%", "") + "–" + magnitude.apply(-spread.low());
    }
    if (spread.low() > 0) {
      return "rose " + magnitude.apply(spread.low()).replace("%", "") + "–" + magnitude.apply(spread.high());
    }
    return "changed between " + signed.apply(spread.low()) + " and " + signed.apply(spread.high());
  }

  private static String signedPoints(double difference) {
    String magnitude = NumberText.points(difference).replace(" points", "");
    return difference < 0 ? "-" + magnitude : "+" + magnitude;
  }
}
