package io.ferret.ml;

import java.util.Locale;

/** How a probe ended. */
public enum ProbeStatus {
  OK,
  FAILED,
  TIMEOUT,
  SKIPPED;

  /** The lower-case name used in JSON. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
