package io.ferret.ml.probe;

import io.ferret.ml.WekaEnvironment;
import io.ferret.ml.Deadline;
import io.ferret.ml.MlSettings;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.ProbeStatus;
import io.ferret.ml.TrainingSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import weka.clusterers.EM;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Segments from EM clusters of the training rows, fitted without the class attribute.
 *
 * <p>The cluster count is configured or picked by BIC on a small sample ({@link ClusterCountChooser}); EM runs
 * one k-means start, at most {@value DeadlineEm#MAX_ITERATIONS} iterations, on two threads, on at most
 * {@value #FIT_ROWS} rows, and describes the clusters on those rows. Each cluster whose share of interest is above
 * the other clusters' is offered as a candidate, expressed as the 1–3 values that best pick it out
 * ({@link ClusterProfiler}), strongest excess first; the checker decides which hold up. Weights are used
 * throughout: in the fit (scaled to a mean of 1), and in the shares.
 */
public final class EmProbe implements ModelProbe {
  public static final String NAME = "em";
  static final int FIT_ROWS = 10_000;

  private final MlSettings settings;

  public EmProbe(MlSettings settings) {
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
    Optional<String> unusable = ProbeInstances.unusable(data.train(), data.interestClass());
    if (unusable.isPresent()) {
      String options = Utils.joinOptions(
          DeadlineEm.configured(Math.max(1, settings.clusters()), settings, deadline).getOptions());
      return new ProbeResult(NAME, ProbeStatus.OK, 0, List.of(), unusable.get(),
          data.recipe(EM.class.getName(), options));
    }
    Instances clustering = ProbeInstances.withoutClass(data);
    ClusterCountChooser.Choice choice = new ClusterCountChooser(settings, deadline).choose(clustering);
    DeadlineEm em = DeadlineEm.configured(choice.clusters(), settings, deadline);
    List<Integer> fitIndexes = ProbeInstances.sampleIndexes(clustering.numInstances(), FIT_ROWS, settings.seed());
    Instances fitRows = ProbeInstances.subset(clustering, fitIndexes);
    em.buildClusterer(fitRows);
    int[] assignment = new int[fitRows.numInstances()];
    for (int row = 0; row < assignment.length; row++) {
      assignment[row] = em.clusterInstance(fitRows.instance(row));
    }
    ProbeRunner.checkpoint(deadline);
    // the clusters are described on the rows EM was fitted on: their shares are as good an estimate as the whole
    // sample's at a third of the cost; the checker then measures each candidate on every training row
    TrainingSet fitted = new TrainingSet(ProbeInstances.subset(data.train(), fitIndexes), data.holdout(),
        data.attributes(), data.interestClass(), data.recipeBase());
    List<ClusterProfile> profiles = new ClusterProfiler(fitted, assignment, em.numberOfClusters()).profiles();
    List<Candidate> candidates = profiles.stream()
        .filter(profile -> profile.interestShare() > profile.restShare() && !profile.conjunction().isEmpty())
        .sorted(Comparator.comparingDouble((ClusterProfile profile) -> -profile.excessInterest())
            .thenComparingInt(ClusterProfile::cluster))
        .map(profile -> new Candidate(profile.conjunction(), profile.description()))
        .collect(Collectors.toList());
    ProbeRunner.checkpoint(deadline);
    CheckedSegments checked = new SegmentChecker(settings).check(data, NAME, candidates);
    String detail = choice.how() + "; fit on " + fitRows.numInstances() + " rows; clusters (weight, interest): "
        + summary(profiles) + "; " + checked.summary();
    return new ProbeResult(NAME, ProbeStatus.OK, 0, checked.segments(), detail,
        data.recipe(EM.class.getName(), Utils.joinOptions(em.getOptions())));
  }

  private static String summary(List<ClusterProfile> profiles) {
    return profiles.stream()
        .map(profile -> String.format(Locale.ROOT, "%.0f%%/%.1f%%", 100 * profile.weightShare(),
            100 * profile.interestShare()))
        .collect(Collectors.joining(", "));
  }
}
