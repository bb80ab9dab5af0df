package io.ferret.investigator.question;

import io.ferret.investigator.semantic.SemanticLayer;
import io.ferret.ml.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a question in the vocabulary of one table: which metric, which values, which breakdown. */
final class LayerReader {
  private final SemanticLayer layer;
  private final QuestionText text;
  private final PhraseMatcher matcher;
  private final List<PhraseMatch> setAside;

  /**
   * @param setAside token spans already explained (the time window), which no metric or value may claim
   */
  LayerReader(SemanticLayer layer, QuestionText text, List<PhraseMatch> setAside) {
    this.layer = layer;
    this.text = text;
    this.matcher = new PhraseMatcher(text.tokens());
    this.setAside = List.copyOf(setAside);
  }

  Reading read(QuestionKind kind) {
    MetricChoice metric = new MetricFinder(layer, text, matcher, setAside).choose(kind);
    if (!metric.found()) {
      return new Reading(layer, null, List.of(), List.of(), List.of(), null, 0);
    }
    if (!metric.tied().isEmpty()) {
      return Reading.unclear(layer, new Understanding.Unclear("Which measure do you mean: "
          + String.join(" or ", metric.tied()) + "?", metric.tied()), metric.strength() * 3);
    }
    // a table whose own word for the metric was used beats one that only has a built-in synonym for it
    int score = metric.strength() * 3 + (metric.metric().vocabulary() ? 0 : 2);
    List<PhraseMatch> taken = new ArrayList<>(setAside);
    taken.addAll(metric.spans());
    List<String> groupBy = new ArrayList<>();
    if (kind == QuestionKind.LOOKUP) {
      Optional<Understanding.Unclear> unknown = new BreakdownFinder(layer, text, matcher).find(taken, groupBy);
      if (unknown.isPresent()) {
        return Reading.unclear(layer, unknown.get(), score);
      }
    }
    score += groupBy.size();
    List<Predicate> filters = new ArrayList<>(metric.filters());
    List<String> notes = new ArrayList<>(metric.notes());
    Optional<Understanding.Unclear> twoColumns =
        new ValueFinder(layer, text, matcher).find(taken, metric.metric().metric().column(), filters, notes);
    if (twoColumns.isPresent()) {
      return Reading.unclear(layer, twoColumns.get(), score + (filters.size() + 1) * 2);
    }
    score += filters.size() * 2;
    return new Reading(layer, metric.metric(), filters, groupBy, notes, null, score);
  }
}
