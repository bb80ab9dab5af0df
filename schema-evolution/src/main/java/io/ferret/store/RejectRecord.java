package io.ferret.store;

import java.util.Objects;

/** Input that could not land as an event, as stored in {@code ferret_rejects}. */
public record RejectRecord(String source, String position, String reason, String raw) {
  public RejectRecord {
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(reason, "reason is null");
  }
}
