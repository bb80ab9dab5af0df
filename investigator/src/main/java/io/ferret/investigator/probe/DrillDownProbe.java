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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks the metric down by single dimensions, pairs (among the strongest dimensions, when there are many) and
 * triples (when there are few dimensions) in one DuckDB query (later rounds group only the rows they set aside, and
 * take the rest by difference), scores every segment by how far it departs from the rest, and selects the drivers
 * ({@link SegmentSelection}). What no driver explains is reported as ruled out, dimension by dimension. A driver
 * question over many rows screens a sample ({@link ScreenSample}).
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
    DrillDownSettings settings = session.settings().drillDown();
    ScreenSample sample = ScreenSample.of(session, context.queries(), settings.screenRows());
    DimensionRanking.Ranking kept = session.dimensions(context.queries(), sample);
    List<String> dimensions = kept.strongest();
    if (dimensions.isEmpty()) {
      return new SkippedOutcome("no dimension to drill into: no text or boolean column with few values");
    }
    DriverRules rules = session.settings().rules();
    int depth = dimensions.size() <= settings.maxTripleDimensions() ? 3 : 2;
    // pairs grow with the square of the dimensions, and most of them were the drill-down's whole cost at 12
    // dimensions; a pair that drives a change moves its dimensions' single values too, so those rank high
    DimensionRanking.Ranking ranking =
        kept.narrowed(settings.maxPairDimensions(), session, context.queries(), sample);
    GroupingSetsQuery query = new GroupingSetsQuery(session.scope(), session.metric(), dimensions,
        ranking.strongest(), depth, sample.condition(), ranking.singles());
    SegmentJudge judge = SegmentJudge.of(session);
    SegmentSelection.Result result = new SegmentSelection(query, judge, rules).select(context.queries(), deadline);
    List<SegmentSelection.Chosen> chosen = result.chosen();
    SegmentTable measured = sample.sampled() ? allRows(context.queries(), session, chosen) : result.first();
    List<Evidence> selected = new ArrayList<>();
    double reference = judge.reference(measured.total());
    for (SegmentSelection.Chosen driver : chosen) {
      PeriodMoments segment = measured.segments().get(driver.segment());
      Measurement measurement = judge.measure(segment, measured.total());
      if (!rules.contributesMaterially(measurement, reference)) {
        continue;
      }
      selected.add(new Evidence(driver.segment(), measurement, DriverRules.confidence(driver.qValue()),
          List.of(NAME), SegmentRecipe.of(session.scope(), session.metric(), driver.segment(), segment.rows()),
          true));
    }
    String detail = dimensions.size() + " dimensions (" + String.join(", ", dimensions) + "), "
        + query.groupingSets() + " grouping sets, " + result.rounds()
        + (result.rounds() == 1 ? " round, " : " rounds, ") + result.tested() + " segment tests; " + selected.size()
        + " selected" + (sample.sampled() ? "; " + sample.description() : "");
    return new DrillDownOutcome(selected, spreads(dimensions, result, judge, settings, rules), measured.total(),
        detail);
  }

  /**
   * The chosen segments and the total over every row in scope, in one query: the numbers an answer states and its
   * recipe reproduces, not the sample's.
   */
  private static SegmentTable allRows(Queries queries, ProbeSession session, List<SegmentSelection.Chosen> chosen) {
    List<List<Predicate>> segments = chosen.stream().map(SegmentSelection.Chosen::segment).toList();
    SegmentMeasurer.Measured all =
        new SegmentMeasurer(queries, session.scope(), session.metric()).measure(segments, List.of());
    Map<List<Predicate>, PeriodMoments> bySegment = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      bySegment.put(segments.get(i), all.segments().get(i));
    }
    return new SegmentTable(all.total(), bySegment);
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
