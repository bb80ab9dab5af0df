package io.ferret.ml.probe;

import io.ferret.ml.Deadline;
import io.ferret.ml.MlSettings;
import java.util.Objects;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Picks EM's cluster count cheaply: the configured count, or the lowest BIC among a few counts fitted on a
 * small sample. (EM's own choice cross-validates every count on all rows, which took 96 s on 50k rows.)
 */
final class ClusterCountChooser {
  static final int FEWEST = 2;
  static final int MOST = 5;
  static final int SAMPLE_ROWS = 2_000;
  /**
   * Iterations per candidate count: enough to rank the counts by BIC, and less than half the cost of the final
   * fit's {@value DeadlineEm#MAX_ITERATIONS}, which the planted-cluster tests need.
   */
  static final int ITERATIONS = 20;

  private final MlSettings settings;
  private final Deadline deadline;

  ClusterCountChooser(MlSettings settings, Deadline deadline) {
    this.settings = Objects.requireNonNull(settings, "settings is null");
    this.deadline = Objects.requireNonNull(deadline, "deadline is null");
  }

  /**
   * The chosen count and how it was chosen.
   *
   * @param clustering rows without the class attribute, weights of mean 1
   */
  Choice choose(Instances clustering) throws Exception {
    if (settings.clusters() > 0) {
      return new Choice(settings.clusters(), "k=" + settings.clusters() + " as configured");
    }
    Instances sample = ProbeInstances.sample(clustering, SAMPLE_ROWS, settings.seed());
    int best = FEWEST;
    double bestScore = Double.POSITIVE_INFINITY;
    for (int clusters = FEWEST; clusters <= MOST; clusters++) {
      DeadlineEm em = DeadlineEm.configured(clusters, settings, deadline);
      em.setMaxIterations(ITERATIONS);
      em.buildClusterer(sample);
      double score = bic(em, sample, clusters);
      if (score < bestScore) {
        best = clusters;
        bestScore = score;
      }
    }
    return new Choice(best, "k=" + best + " by BIC over " + FEWEST + ".." + MOST + " on "
        + sample.numInstances() + " rows");
  }

  /** −2 log-likelihood + parameters × ln(weight): lower is better. */
  static double bic(DeadlineEm em, Instances rows, int clusters) throws Exception {
    double logLikelihood = 0;
    for (Instance row : rows) {
      logLikelihood += row.weight() * em.logDensityForInstance(row);
    }
    return -2 * logLikelihood + parameters(rows, clusters) * Math.log(Math.max(2, rows.sumOfWeights()));
  }

  /** Mixture weights, plus per cluster a mean and deviation per numeric and a distribution per nominal. */
  static int parameters(Instances rows, int clusters) {
    int perCluster = 0;
    for (int i = 0; i < rows.numAttributes(); i++) {
      Attribute attribute = rows.attribute(i);
      perCluster += attribute.isNumeric() ? 2 : Math.max(0, attribute.numValues() - 1);
    }
    return clusters - 1 + clusters * perCluster;
  }

  /** A cluster count and a clause saying how it was picked. */
  record Choice(int clusters, String how) {}
}
