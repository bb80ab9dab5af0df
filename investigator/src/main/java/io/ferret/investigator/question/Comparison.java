package io.ferret.investigator.question;

import io.ferret.ml.TimeWindow;
import java.util.Objects;

/**
 * The window a question asks about and the window it is compared with.
 *
 * @param current the window asked about, [from, to)
 * @param baseline the window it is compared with, [from, to)
 * @param description how the answer names the comparison, e.g. "this month to date (Nov 1 – Nov 22) vs the
 *     same span of last month (Oct 1 – Oct 22)"
 * @param matchedText the words of the question that named the window, so the parser can set them aside
 */
public record Comparison(TimeWindow current, TimeWindow baseline, String description, String matchedText) {
  public Comparison {
    Objects.requireNonNull(current, "current is null");
    Objects.requireNonNull(baseline, "baseline is null");
    Objects.requireNonNull(description, "description is null");
    Objects.requireNonNull(matchedText, "matchedText is null");
  }

  /** The current window alone, as the description names it: "this month to date (Nov 1 – Nov 22)". */
  public String currentDescription() {
    return description.split(" vs ", 2)[0];
  }
}
