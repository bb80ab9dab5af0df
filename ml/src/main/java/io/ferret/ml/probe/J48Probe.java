package io.ferret.ml.probe;

import io.ferret.ml.WekaEnvironment;
import io.ferret.ml.Deadline;
import io.ferret.ml.MlSettings;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.ProbeStatus;
import io.ferret.ml.TrainingSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Segments from the paths of a J48 tree over {interest, not interest}.
 *
 * <p>The tree is grown unpruned and uncollapsed ({@code -U -O}), with leaves of at least the minimum support:
 * C4.5's pruning folds away splits whose leaves all predict the majority, which loses exactly the segments an
 * outcome question wants (churn 25% where it is 5% elsewhere). The minimum leaf keeps the tree small; the
 * holdout check in {@link SegmentChecker} does the pruning instead. J48 has no randomness.
 */
public final class J48Probe implements ModelProbe {
  public static final String NAME = "j48";

  private final MlSettings settings;

  public J48Probe(MlSettings settings) {
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
    InspectableJ48 tree = new InspectableJ48();
    tree.setUnpruned(true);
    tree.setCollapseTree(false);
    tree.setMinNumObj(ProbeInstances.minimumRows(settings, train));
    String recipeOptions = Utils.joinOptions(tree.getOptions());
    Optional<String> unusable = ProbeInstances.unusable(train, ProbeInstances.INTEREST);
    if (unusable.isPresent()) {
      return new ProbeResult(NAME, ProbeStatus.OK, 0, List.of(), unusable.get(),
          data.recipe(J48.class.getName(), recipeOptions));
    }
    tree.buildClassifier(train);
    List<Candidate> candidates = new TreePaths(data.attributes(), train, settings.minSupport())
        .candidates(tree.root());
    ProbeRunner.checkpoint(deadline);
    CheckedSegments checked = new SegmentChecker(settings).check(data, NAME, candidates);
    String detail = "tree of " + (int) tree.measureTreeSize() + " nodes, " + (int) tree.measureNumLeaves()
        + " leaves on " + train.numInstances() + " rows; " + checked.summary();
    return new ProbeResult(NAME, ProbeStatus.OK, 0, checked.segments(), detail,
        data.recipe(J48.class.getName(), recipeOptions));
  }
}
