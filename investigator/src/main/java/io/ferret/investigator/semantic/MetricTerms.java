package io.ferret.investigator.semantic;

import java.util.List;
import java.util.Objects;

/**
 * A metric and the words users call it by.
 *
 * @param metric the metric
 * @param phrases lower-case phrases that name it ("revenue", "sales", "total amount"), most specific first
 * @param builtIn whether the phrases came from Ferret's own vocabulary rather than the table or ferret.yml;
 *     the reader says so when it reads a word this way
 */
public record MetricTerms(Metric metric, List<String> phrases, boolean builtIn) {
  public MetricTerms {
    Objects.requireNonNull(metric, "metric is null");
    phrases = List.copyOf(phrases);
  }
}
