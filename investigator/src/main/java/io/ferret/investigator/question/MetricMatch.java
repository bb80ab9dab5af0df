package io.ferret.investigator.question;

import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricTerms;

/**
 * A metric and the phrase that named it in the question.
 *
 * @param terms the metric with its phrases
 * @param phrase the phrase that matched
 * @param where where it matched, and how well
 * @param vocabulary whether the phrase is Ferret's built-in word for it ("sales") rather than the table's own
 */
record MetricMatch(MetricTerms terms, String phrase, PhraseMatch where, boolean vocabulary) {
  Metric metric() {
    return terms.metric();
  }
}
