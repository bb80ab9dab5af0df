package io.ferret.investigator.semantic;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A metric formula as written in ferret.yml: {@code count(*)}, {@code sum(col)}, {@code avg(col)},
 * {@code sum(a) / sum(b)} or {@code sum(a) / count(*)}. Column names are checked against the table later; the
 * formula never reaches SQL as text.
 *
 * @param kind how the metric aggregates
 * @param column the summed or averaged column, the numerator of a ratio; null for a count
 * @param denominator the denominator column of a ratio; null otherwise
 */
record MetricFormula(MetricKind kind, String column, String denominator) {
  /** The forms, as an error message lists them. */
  static final String FORMS = "count(*), sum(col), avg(col), sum(a) / sum(b) or sum(a) / count(*)";

  private static final String COLUMN = "\\s*\"?([^\"()]+?)\"?\\s*";
  private static final String COUNT = "count\\(\\s*\\*?\\s*\\)";
  private static final Pattern COUNT_ONLY = Pattern.compile(COUNT, Pattern.CASE_INSENSITIVE);
  private static final Pattern ONE = Pattern.compile("(sum|avg)\\(" + COLUMN + "\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern RATIO = Pattern.compile(
      "sum\\(" + COLUMN + "\\)\\s*/\\s*(?:sum\\(" + COLUMN + "\\)|(" + COUNT + "))", Pattern.CASE_INSENSITIVE);

  static Optional<MetricFormula> parse(String text) {
    String formula = text.strip();
    if (COUNT_ONLY.matcher(formula).matches()) {
      return Optional.of(new MetricFormula(MetricKind.COUNT, null, null));
    }
    Matcher one = ONE.matcher(formula);
    if (one.matches()) {
      MetricKind kind = one.group(1).equalsIgnoreCase("sum") ? MetricKind.SUM : MetricKind.AVERAGE;
      return Optional.of(new MetricFormula(kind, one.group(2), null));
    }
    Matcher ratio = RATIO.matcher(formula);
    if (ratio.matches()) {
      // sum(a) / count(*) reads as avg(a), which differs only where a is null
      return Optional.of(ratio.group(3) != null
          ? new MetricFormula(MetricKind.AVERAGE, ratio.group(1), null)
          : new MetricFormula(MetricKind.RATIO, ratio.group(1), ratio.group(2)));
    }
    return Optional.empty();
  }
}
