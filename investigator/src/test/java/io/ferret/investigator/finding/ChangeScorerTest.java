package io.ferret.investigator.finding;

import static io.ferret.investigator.finding.MomentsFixtures.counted;
import static io.ferret.investigator.finding.MomentsFixtures.rated;
import static io.ferret.investigator.finding.MomentsFixtures.windows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangeScorerTest {
  @Test
  void segmentThatFellLikeEverythingElseHasNoExcess() {
    PeriodMoments segment = windows(counted(4_000), counted(3_600));
    PeriodMoments total = windows(counted(10_000), counted(9_000));

    ChangeScore score = ChangeScorer.score(segment, total, true);

    assertEquals(-400, score.contribution(), 1e-9);
    assertEquals(0, score.excess(), 1e-9);
    assertTrue(score.pValue() > 0.5, "p = " + score.pValue());
  }

  @Test
  void segmentThatFellAloneHasAnExcessAndIsSignificant() {
    PeriodMoments segment = windows(counted(1_000), counted(300));
    PeriodMoments total = windows(counted(10_000), counted(9_300));

    ChangeScore score = ChangeScorer.score(segment, total, true);

    assertEquals(-700, score.contribution(), 1e-9);
    assertEquals(300 - 1_000 * 0.93, score.excess(), 1e-9);
    assertTrue(score.pValue() < 1e-10, "p = " + score.pValue());
  }

  @Test
  void ratioSegmentWhoseShareGrewAtASteadyRateIsAllMix() {
    // partner: 10% of rows refunded at 20%, then 40% of rows at 20%; the rest at 5% throughout
    PeriodMoments partner = windows(rated(1_000, 200), rated(4_000, 800));
    PeriodMoments rest = windows(rated(9_000, 450), rated(6_000, 300));
    PeriodMoments total = partner.plus(rest);
    double totalChange = total.current().ratio() - total.baseline().ratio();

    ChangeScore score = ChangeScorer.score(partner, total, false);

    assertEquals(0.045, totalChange, 1e-12);
    assertEquals(0, score.rateEffect(), 1e-12);
    assertEquals(totalChange, score.mixEffect(), 1e-12);
    assertEquals(totalChange, score.contribution(), 1e-12);
    assertEquals(totalChange, score.excess(), 1e-12);
    assertTrue(score.pValue() < 1e-10, "p = " + score.pValue());
  }

  @Test
  void ratioSegmentWhoseRateRoseAtASteadyShareIsAllRate() {
    PeriodMoments enterprise = windows(rated(2_000, 100), rated(2_000, 400));
    PeriodMoments rest = windows(rated(8_000, 400), rated(8_000, 400));
    PeriodMoments total = enterprise.plus(rest);

    ChangeScore score = ChangeScorer.score(enterprise, total, false);

    assertEquals(0, score.mixEffect(), 1e-12);
    assertEquals(total.current().ratio() - total.baseline().ratio(), score.rateEffect(), 1e-12);
    assertTrue(score.pValue() < 1e-10, "p = " + score.pValue());
  }

  @Test
  void ratioSegmentWhoseRateMovedWithTheRestHasNoExcess() {
    PeriodMoments segment = windows(rated(2_000, 100), rated(2_000, 200));
    PeriodMoments rest = windows(rated(8_000, 400), rated(8_000, 800));

    ChangeScore score = ChangeScorer.score(segment, segment.plus(rest), false);

    assertEquals(0, score.excess(), 1e-12);
    assertTrue(score.rateEffect() > 0);
  }
}
