package io.ferret.bench.ask;

import java.util.List;
import java.util.Objects;

/**
 * One question the benchmark asks, with its kind: change, drivers or lookup (the investigator's words).
 *
 * @param kind the kind of question, as the ask JSON names it
 * @param text the question in words
 */
record BenchQuestion(String kind, String text) {
  static final List<String> KINDS = List.of("change", "drivers", "lookup");

  BenchQuestion {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(text, "text is null");
  }

  /** Several phrasings of each kind about {@link io.ferret.bench.BenchTable}'s planted incident, driver and columns. */
  static List<BenchQuestion> all() {
    return List.of(
        new BenchQuestion("change", "why did revenue drop this week?"),
        new BenchQuestion("change", "why did sales fall in the last 7 days"),
        new BenchQuestion("change", "why did EMEA revenue drop this week?"),
        new BenchQuestion("drivers", "what drives returns?"),
        new BenchQuestion("drivers", "what drives first orders?"),
        new BenchQuestion("drivers", "which orders are most likely to be returned?"),
        new BenchQuestion("lookup", "revenue by region last week"),
        new BenchQuestion("lookup", "how many orders yesterday"),
        new BenchQuestion("lookup", "average amount by channel last month"));
  }
}
