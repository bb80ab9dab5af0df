package io.ferret.investigator.finding;

import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A segment in words: "EMEA partner" when every condition names a text value, else its conditions. */
public final class SegmentText {
  /** Values that name nothing without their column: "No No rows" says nothing, "No TechSupport" would. */
  private static final Set<String> NAMELESS =
      Set.of("yes", "no", "y", "n", "true", "false", "0", "1", "none", "other", "unknown", "n/a", "");

  private SegmentText() {}

  /** The conditions joined by "and": {@code region = EMEA and channel = partner}. */
  public static String conditions(List<Predicate> segment) {
    return segment.stream().map(SegmentText::condition).collect(Collectors.joining(" and "));
  }

  /**
   * A name for the segment's rows before a noun: "EMEA partner" (then "EMEA partner revenue") when every
   * condition is a text equality, else "rows where region = EMEA and amount > 100".
   */
  public static String rowsOf(List<Predicate> segment, String noun) {
    boolean plain = segment.stream().allMatch(p -> p.op() == Operator.EQ && p.value() instanceof String text
        && !NAMELESS.contains(text.strip().toLowerCase(Locale.ROOT)))
        && segment.stream().map(p -> p.value()).distinct().count() == segment.size();
    if (plain) {
      return segment.stream().map(p -> (String) p.value()).collect(Collectors.joining(" ")) + " " + noun;
    }
    return noun + " where " + conditions(segment);
  }

  private static String condition(Predicate predicate) {
    if (predicate.op() == Operator.IN) {
      List<?> values = (List<?>) predicate.value();
      return predicate.column() + " in " + values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return predicate.column() + " " + predicate.op().symbol() + " " + predicate.value();
  }
}
