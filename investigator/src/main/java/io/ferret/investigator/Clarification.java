package io.ferret.investigator;

import java.util.List;
import java.util.Objects;

/** What Ferret needs the user to pin down, with the readings it considered. */
public record Clarification(String message, List<String> candidates) {
  public Clarification {
    Objects.requireNonNull(message, "message is null");
    candidates = List.copyOf(candidates);
  }
}
