package io.ferret.investigator.probe;

import io.ferret.investigator.finding.DimensionSpread;
import io.ferret.investigator.finding.DriverRules;
import io.ferret.investigator.finding.Evidence;
import io.ferret.investigator.finding.Measurement;
import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.investigator.finding.Segments;
import io.ferret.ml.Deadline;
import io.ferret.ml.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Breaks the metric down by single dimensions, pairs (among the strongest dimensions, when there are many) and
 * triples (when there are few dimensions) in one DuckDB query per round, scores every segment by how far it departs from the rest, and selects the drivers
 * ({@link SegmentSelection}). What no driver explains is reported as ruled out, dimension by dimension.
 */
final class DrillDownProbe implements Probe {
  static final String NAME = "drilldown";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProbeOutcome run(ProbeContext context, Deadline deadline) {
    ProbeSession session = context.session();
    List<String> dimensions = session.dimensions(context.queries());
    if (dimensions.isEmpty()) {
      return new SkippedOutcome("no dimension to drill into: no text or boolean column with few values");
    }
    DrillDownSettings settings = session.settings().drillDown();
    DriverRules rules = session.settings().rules();
    int depth = dimensions.size() <= settings.maxTripleDimensions() ? 3 : 2;
    // pairs grow with the square of the dimensions, and most of them were the drill-down's whole cost at 12
    // dimensions; a pair that drives a change moves its dimensions' single values too, so those rank high
    List<String> combined =
        DimensionRanking.strongest(dimensions, settings.maxPairDimensions(), session, context.queries());
    GroupingSetsQuery query =
        new GroupingSetsQuery(session.scope(), session.metric(), dimensions, combined, depth);
    SegmentJudge judge = SegmentJudge.of(session);
    SegmentSelection.Result result = new SegmentSelection(query, judge, rules).select(context.queries(), deadline);
    List<Evidence> selected = new ArrayList<>();
    double reference = judge.reference(result.first().total());
    for (SegmentSelection.Chosen chosen : result.chosen()) {
      PeriodMoments segment = result.first().segments().get(chosen.segment());
      Measurement measurement = judge.measure(segment, result.first().total());
      if (!rules.contributesMaterially(measurement, reference)) {
        continue;
      }
      selected.add(new Evidence(chosen.segment(), measurement, DriverRules.confidence(chosen.qValue()),
          List.of(NAME), SegmentRecipe.of(session.scope(), session.metric(), chosen.segment(), segment.rows()),
          true));
    }
    String detail = dimensions.size() + " dimensions (" + String.join(", ", dimensions) + "), "
        + query.groupingSets() + " grouping sets, " + result.rounds()
        + (result.rounds() == 1 ? " round, " : " rounds, ") + result.tested() + " segment tests; " + selected.size()
        + " selected";
    return new DrillDownOutcome(selected, spreads(dimensions, result, judge, settings, rules), result.first().total(),
        detail);
  }

  /** How each dimension no driver uses moved among the rows the drivers leave. */
  private static List<DimensionSpread> spreads(List<String> dimensions, SegmentSelection.Result result,
      SegmentJudge judge, DrillDownSettings settings, DriverRules rules) {
    List<List<Predicate>> drivers = result.chosen().stream().map(SegmentSelection.Chosen::segment).toList();
    SegmentTable rest = result.last();
    double minRows = Math.max(rules.minRows(), settings.minValueShare() * rest.total().rows());
    List<DimensionSpread> spreads = new ArrayList<>();
    for (String dimension : dimensions) {
      if (drivers.stream().anyMatch(driver -> Segments.columns(driver).contains(dimension))) {
        continue;
      }
      List<Double> values = new ArrayList<>();
      for (Map.Entry<List<Predicate>, PeriodMoments> entry : rest.segments().entrySet()) {
        List<Predicate> segment = entry.getKey();
        if (segment.size() == 1 && segment.get(0).column().equals(dimension) && entry.getValue().rows() >= minRows) {
          values.add(judge.spreadValue(entry.getValue()));
        }
      }
      DimensionSpread.of(dimension, judge.spreadKind(), values).ifPresent(spreads::add);
    }
    return spreads;
  }
}
