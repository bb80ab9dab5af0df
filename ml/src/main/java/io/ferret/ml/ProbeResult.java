package io.ferret.ml;

import java.util.List;
import java.util.Objects;

/**
 * What a probe found, or why it found nothing.
 *
 * @param probe the probe's name
 * @param status how it ended
 * @param millis how long it ran
 * @param segments the segments that passed the holdout check, strongest first; empty unless OK
 * @param detail a one-line account: what was tried, or what went wrong
 * @param recipe how to reproduce it; null when the probe did not get as far as reading data
 */
public record ProbeResult(
    String probe, ProbeStatus status, long millis, List<Segment> segments, String detail, ModelRecipe recipe) {
  public ProbeResult {
    Objects.requireNonNull(probe, "probe is null");
    Objects.requireNonNull(status, "status is null");
    segments = List.copyOf(segments);
    Objects.requireNonNull(detail, "detail is null");
  }

  public static ProbeResult timeout(String probe, long millis) {
    return new ProbeResult(probe, ProbeStatus.TIMEOUT, millis, List.of(), "abandoned at its deadline", null);
  }

  public static ProbeResult failed(String probe, long millis, String why) {
    return new ProbeResult(probe, ProbeStatus.FAILED, millis, List.of(), why, null);
  }
}
