package io.ferret.investigator.digest;

import java.util.List;

/** Where scheduled digests go: Slack channels in {@code ferret serve}, or the log when Slack is not configured. */
@FunctionalInterface
public interface DigestSink {
  /** Delivers one digest run to its channels; throws when it could not, so the run is retried, not recorded. */
  void post(Digest digest, List<String> channels);
}
