package io.ferret.investigator.probe;

import io.ferret.investigator.finding.Measurement;
import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.ml.Predicate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses which dimensions the drill-down takes when a table has more than it can combine: those whose strongest
 * single value departs most from the rest, measured in one GROUPING SETS query over single dimensions. Keeping
 * the first ones in column order instead would drop a strong driver that happens to be a late column (telco
 * churn's Contract is its 13th text column). The drill-down chooses twice, which dimensions to take and which of
 * those to pair, both from that one query's values.
 */
final class DimensionRanking {
  private DimensionRanking() {}

  /**
   * The {@code keep} strongest of {@code candidates}, with the single-value segments that ranked them (null when
   * all were kept unranked).
   */
  static Ranking rank(List<String> candidates, int keep, ProbeSession session, Queries queries,
      ScreenSample sample) {
    if (candidates.size() <= keep) {
      return new Ranking(candidates, null);
    }
    SegmentTable singles =
        new GroupingSetsQuery(session.scope(), session.metric(), candidates, candidates, 1, sample.condition(), null)
            .run(queries);
    return rank(candidates, keep, session, singles);
  }

  /** The {@code keep} strongest of {@code candidates}, from single values grouped over them and maybe others. */
  private static Ranking rank(List<String> candidates, int keep, ProbeSession session, SegmentTable grouped) {
    SegmentTable singles = grouped.onColumns(Set.copyOf(candidates));
    if (candidates.size() <= keep) {
      return new Ranking(candidates, singles);
    }
    SegmentJudge judge = SegmentJudge.of(session);
    long minRows = session.settings().rules().minRows();
    Map<String, Double> strength = new HashMap<>();
    for (Map.Entry<List<Predicate>, PeriodMoments> entry : singles.segments().entrySet()) {
      // measured before the size check: a segment's size is its trials when the rows count trials
      Measurement measurement = judge.measure(entry.getValue(), singles.total());
      if (measurement.rows() >= minRows) {
        strength.merge(entry.getKey().get(0).column(), Math.abs(measurement.excess()), Math::max);
      }
    }
    List<String> kept = candidates.stream()
        .sorted(Comparator.comparingDouble((String column) -> -strength.getOrDefault(column, 0.0)))
        .limit(keep).toList();
    return new Ranking(candidates.stream().filter(kept::contains).toList(), singles);
  }

  /**
   * @param strongest the dimensions kept, in their original order
   * @param singles every candidate's single values over the rows ranked, or null when none were grouped
   */
  record Ranking(List<String> strongest, SegmentTable singles) {
    /**
     * The {@code keep} strongest of these dimensions, ranked by the single values already grouped when there are
     * some (the same rows give the same values).
     */
    Ranking narrowed(int keep, ProbeSession session, Queries queries, ScreenSample sample) {
      return singles == null ? rank(strongest, keep, session, queries, sample)
          : rank(strongest, keep, session, singles);
    }
  }
}
