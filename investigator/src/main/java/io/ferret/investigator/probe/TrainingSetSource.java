package io.ferret.investigator.probe;

import io.ferret.ml.ProbeRequest;
import io.ferret.ml.TrainingSet;

/** Loads the sampled, weighted rows the models train on (the ml module's data path). */
@FunctionalInterface
public interface TrainingSetSource {
  TrainingSet load(ProbeRequest request);
}
