package io.ferret.investigator.question;

import io.ferret.ml.Predicate;
import java.util.List;

/**
 * The metric a question names in one table, with what its modifying words add: "late orders" is the order count
 * where {@code late = true}.
 *
 * @param metric the metric read; null when none matched or the reading is ambiguous
 * @param filters conditions from outcome words that modify the metric
 * @param spans the question's words the reading used up
 * @param notes how words were read
 * @param tied the names of equally good metrics when the reading is ambiguous; empty otherwise
 * @param strength how well the best phrase matched ({@link PhraseMatch#score}); 0 when none did
 */
record MetricChoice(MetricMatch metric, List<Predicate> filters, List<PhraseMatch> spans, List<String> notes,
    List<String> tied, int strength) {
  static final MetricChoice NONE = new MetricChoice(null, List.of(), List.of(), List.of(), List.of(), 0);

  static MetricChoice ambiguous(List<String> tied, int strength) {
    return new MetricChoice(null, List.of(), List.of(), List.of(), tied, strength);
  }

  boolean found() {
    return metric != null || !tied.isEmpty();
  }
}
