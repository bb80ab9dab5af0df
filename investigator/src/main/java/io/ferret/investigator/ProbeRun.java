package io.ferret.investigator;

import java.util.Objects;

/**
 * One hypothesis probe of an investigation and how it ended.
 *
 * @param name e.g. metric_change, drilldown, j48, jrip, em
 * @param status ok, failed, timeout or skipped (the JSON contract's spelling)
 * @param millis how long it ran
 * @param detail one line: what it tried or why it stopped
 */
public record ProbeRun(String name, String status, long millis, String detail) {
  public ProbeRun {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(status, "status is null");
    Objects.requireNonNull(detail, "detail is null");
  }
}
