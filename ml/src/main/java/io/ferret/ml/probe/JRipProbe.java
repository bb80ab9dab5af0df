package io.ferret.ml.probe;

import io.ferret.ml.WekaEnvironment;
import io.ferret.ml.Deadline;
import io.ferret.ml.MlSettings;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.ProbeStatus;
import io.ferret.ml.TrainingSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import weka.classifiers.rules.JRip;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Segments from JRip's rules for the class of interest, over {interest, not interest}.
 *
 * <p>JRip learns rules for every class but the most frequent (by weight), which its default rule covers, and
 * keeps a rule only while it is right more often than wrong on its pruning rows. Left alone it would write no
 * rules for the class of interest when that class is the majority, and at a 5% base rate only rules where
 * interest is the majority (a segment churning 25% would go unreported). So the class of interest is always
 * reweighted to just short of even: its weights are scaled so that it weighs 0.8 of the rest. Scaling one
 * class's weights multiplies every segment's odds by the same factor, so it changes which class JRip writes
 * rules for and how pure they must look, not which segments over-represent interest; the checker then
 * measures the rules on the original weights.
 */
public final class JRipProbe implements ModelProbe {
  public static final String NAME = "jrip";
  static final double MINORITY_RATIO = 0.8;
  /**
   * No optimisation passes over the rule set (JRip's default is two): they took 55-75% of the training time on
   * 35k rows (bench probes) and changed no rule there, in the planted-rule tests or in the null-data tests; the
   * holdout check judges the rules anyway.
   */
  static final int OPTIMIZATIONS = 0;
  /** JRip orders classes by ascending weight; interest is the minority, so its rules have consequent 0. */
  private static final int INTEREST_CONSEQUENT = 0;

  private final MlSettings settings;

  public JRipProbe(MlSettings settings) {
    WekaEnvironment.init();
    this.settings = Objects.requireNonNull(settings, "settings is null");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProbeResult run(TrainingSet data, Deadline deadline) {
    Objects.requireNonNull(data, "data is null");
    return ProbeRunner.shared().run(NAME, deadline, () -> fit(data, deadline));
  }

  private ProbeResult fit(TrainingSet data, Deadline deadline) throws Exception {
    Instances train = ProbeInstances.binaryClass(data);
    Optional<String> unusable = ProbeInstances.unusable(train, ProbeInstances.INTEREST);
    int minimumRows = ProbeInstances.minimumRows(settings, train);
    double factor = unusable.isPresent() ? 1 : rebalanceInterest(train);
    JRip jrip = new JRip();
    jrip.setSeed(settings.seed());
    jrip.setOptimizations(OPTIMIZATIONS);
    jrip.setMinNo(Math.max(2, Math.floor(minimumRows * Math.min(1, factor))));
    String recipeOptions = Utils.joinOptions(jrip.getOptions());
    if (unusable.isPresent()) {
      return new ProbeResult(NAME, ProbeStatus.OK, 0, List.of(), unusable.get(),
          data.recipe(JRip.class.getName(), recipeOptions));
    }
    jrip.buildClassifier(train);
    List<Candidate> candidates = JRipRules.candidates(jrip, INTEREST_CONSEQUENT, train, data.attributes());
    ProbeRunner.checkpoint(deadline);
    CheckedSegments checked = new SegmentChecker(settings).check(data, NAME, candidates);
    String detail = String.format(Locale.ROOT, "%d rules on %d rows (interest reweighted by %.3g); %s",
        jrip.getRuleset().size(), train.numInstances(), factor, checked.summary());
    return new ProbeResult(NAME, ProbeStatus.OK, 0, checked.segments(), detail,
        data.recipe(JRip.class.getName(), recipeOptions));
  }

  /** Scales the interest class's weights to 0.8 of the rest's weight; returns the factor used. */
  static double rebalanceInterest(Instances binary) {
    double interest = ProbeInstances.classWeight(binary, ProbeInstances.INTEREST);
    double rest = binary.sumOfWeights() - interest;
    double factor = MINORITY_RATIO * rest / interest;
    for (Instance row : binary) {
      if ((int) row.classValue() == ProbeInstances.INTEREST) {
        row.setWeight(row.weight() * factor);
      }
    }
    return factor;
  }
}
