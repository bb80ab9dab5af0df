package io.ferret.investigator;

/** Hears how far an investigation has got, e.g. to show "4 of 6 probes done"; called from probe threads. */
@FunctionalInterface
public interface ProbeProgress {
  /** Nothing to tell. */
  ProbeProgress NONE = (done, planned) -> {};

  /** Another probe finished, timed out or failed: {@code done} of {@code planned} have. */
  void probeFinished(int done, int planned);
}
