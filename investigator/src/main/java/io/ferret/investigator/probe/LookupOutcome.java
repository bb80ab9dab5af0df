package io.ferret.investigator.probe;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The small table a lookup answers with, ordered by its group columns. */
public record LookupOutcome(List<Map<String, Object>> rows, String detail) implements ProbeOutcome {
  public LookupOutcome {
    rows = List.copyOf(rows);
    Objects.requireNonNull(detail, "detail is null");
  }
}
