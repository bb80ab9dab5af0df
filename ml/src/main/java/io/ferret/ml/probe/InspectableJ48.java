package io.ferret.ml.probe;

import weka.classifiers.trees.J48;
import weka.classifiers.trees.j48.ClassifierTree;

/** J48, built exactly as J48 builds, with its tree open to {@link TreePaths}. */
final class InspectableJ48 extends J48 {
  private static final long serialVersionUID = 1L;

  /** The root of the built tree; null before {@link #buildClassifier}. */
  ClassifierTree root() {
    return m_root;
  }
}
