package io.ferret.investigator.finding;

/**
 * Scores a segment's change against the rest (the idea behind Adtributor's surprise and RiskLoc's risk score):
 * a segment explains a change only as far as it moved differently from the rest.
 *
 * <p>Additive metrics (counts, sums): the excess is c − b·C/B, the current value beyond what the baseline
 * predicts at the overall rate of change; the test asks whether the segment's share of its mass that falls in
 * the current window differs from the rest's.
 *
 * <p>Ratio metrics (rates, ratios, averages) M = Σ wᵢ·mᵢ, with weights w from the denominator, split into the
 * segment s and the rest r: ΔM = Δw_s·(m̄_s − m̄_r) + w̄_s·Δm_s + w̄_r·Δm_r, exactly, bars meaning the mean
 * of the two windows. The first term is the mix effect (the segment's weight moved towards a higher or lower rate),
 * the second its rate effect. The excess replaces Δm_s by Δm_s − Δm_r, what the segment's rate did beyond the
 * rest's. Two tests, mix (the weight share) and rate (difference in differences), Bonferroni-combined.
 */
public final class ChangeScorer {
  private ChangeScorer() {}

  public static ChangeScore score(PeriodMoments segment, PeriodMoments total, boolean additive) {
    PeriodMoments rest = total.minus(segment);
    return additive ? additive(segment, rest, total) : ratio(segment, rest, total);
  }

  private static ChangeScore additive(PeriodMoments segment, PeriodMoments rest, PeriodMoments total) {
    double before = segment.baseline().n();
    double after = segment.current().n();
    double contribution = after - before;
    double totalBefore = total.baseline().n();
    double excess = totalBefore == 0 ? contribution : after - before * total.current().n() / totalBefore;
    double pValue = NormalTests.twoProportions(after, before + after, segment.both().numeratorSize(),
        rest.current().n(), rest.baseline().n() + rest.current().n(), rest.both().numeratorSize());
    return new ChangeScore(contribution, excess, 0, 0, pValue);
  }

  private static ChangeScore ratio(PeriodMoments segment, PeriodMoments rest, PeriodMoments total) {
    double weightBefore = share(segment.baseline().d(), total.baseline().d());
    double weightAfter = share(segment.current().d(), total.current().d());
    Rates own = Rates.of(segment);
    Rates others = Rates.of(rest);
    double meanWeight = (weightBefore + weightAfter) / 2;
    double mix = (weightAfter - weightBefore) * (own.mean() - others.mean());
    double rate = meanWeight * own.change();
    double excess = mix + meanWeight * (own.change() - others.change());
    double mixPValue = NormalTests.twoProportions(segment.current().d(), segment.both().d(),
        segment.both().denominatorSize(), rest.current().d(), rest.both().d(), rest.both().denominatorSize());
    double ratePValue = NormalTests.difference(own.change() - others.change(), own.variance() + others.variance());
    return new ChangeScore(mix + rate, excess, mix, rate, Math.min(1, 2 * Math.min(mixPValue, ratePValue)));
  }

  private static double share(double part, double whole) {
    return whole == 0 ? 0 : part / whole;
  }

  /**
   * A group's rate in both windows. A window without rows takes the other window's rate, so a segment that
   * appears or vanishes has a mix effect but no rate effect; its variance is then unknown (NaN).
   */
  private record Rates(double before, double after, double variance) {
    static Rates of(PeriodMoments group) {
      double before = group.baseline().ratio();
      double after = group.current().ratio();
      double variance = group.baseline().ratioVariance() + group.current().ratioVariance();
      if (Double.isNaN(before) && Double.isNaN(after)) {
        return new Rates(0, 0, Double.NaN);
      }
      return new Rates(Double.isNaN(before) ? after : before, Double.isNaN(after) ? before : after, variance);
    }

    double mean() {
      return (before + after) / 2;
    }

    double change() {
      return after - before;
    }
  }
}
