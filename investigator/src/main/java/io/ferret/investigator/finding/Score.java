package io.ferret.investigator.finding;

/** What every way of scoring a segment says: how far it departs from the rest, and how likely that is by chance. */
public interface Score {
  /** Signed departure from the rest, in the metric's units or outcome rows. */
  double excess();

  /** Two-sided p-value that the segment behaves like the rest, before any correction. */
  double pValue();
}
