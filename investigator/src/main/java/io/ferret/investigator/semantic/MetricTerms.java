package io.ferret.investigator.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A metric and the words users call it by.
 *
 * @param metric the metric
 * @param phrases lower-case phrases from the table itself or ferret.yml: the metric's name, its column in words
 *     ("total amount"), configured synonyms
 * @param vocabulary lower-case phrases from Ferret's built-in business vocabulary ("sales", "arr", "volume"):
 *     a likely reading rather than the table's own word, which the reader says back to the user
 */
public record MetricTerms(Metric metric, List<String> phrases, List<String> vocabulary) {
  public MetricTerms {
    Objects.requireNonNull(metric, "metric is null");
    phrases = List.copyOf(phrases);
    vocabulary = List.copyOf(vocabulary);
  }

  /** The same metric known by one more phrase of its own (a ferret.yml synonym), placed first. */
  MetricTerms withPhrase(String phrase) {
    List<String> more = new ArrayList<>(List.of(phrase));
    more.addAll(phrases);
    return new MetricTerms(metric, more, vocabulary);
  }
}
