package io.ferret.investigator.question;

import io.ferret.investigator.semantic.Dimension;
import io.ferret.investigator.semantic.SemanticLayer;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the stored values a question names into filters: "enterprise" becomes {@code segment = 'enterprise'}.
 * Values come only from the table's value index, never from the question's text. Longer values win over the
 * shorter ones inside them ("enterprise plan" over "enterprise"); a word that is a value of two columns is asked
 * about.
 */
final class ValueFinder {
  private static final Comparator<List<ValueMatch>> LONGEST_FIRST =
      Comparator.comparingInt((List<ValueMatch> group) -> -group.get(0).where().length())
          .thenComparingInt(group -> group.get(0).where().start());

  private final SemanticLayer layer;
  private final QuestionText text;
  private final PhraseMatcher matcher;

  ValueFinder(SemanticLayer layer, QuestionText text, PhraseMatcher matcher) {
    this.layer = layer;
    this.text = text;
    this.matcher = matcher;
  }

  /**
   * Adds the filters the question's values name, and notes for values read from typos.
   *
   * @param taken token spans other readings used, which no value may claim
   * @param metricColumn the metric's own column, whose values are its outcome rather than a filter; may be null
   * @return a clarification when a word names values of two columns
   */
  Optional<Understanding.Unclear> find(List<PhraseMatch> taken, String metricColumn, List<Predicate> filters,
      List<String> notes) {
    List<List<ValueMatch>> groups = new ArrayList<>(matchesBySpan(metricColumn).values());
    groups.sort(LONGEST_FIRST);
    List<PhraseMatch> used = new ArrayList<>(taken);
    for (List<ValueMatch> group : groups) {
      PhraseMatch where = group.get(0).where();
      if (used.stream().anyMatch(where::overlaps)) {
        continue;
      }
      List<ValueMatch> exact = group.stream().filter(v -> v.where().exact()).toList();
      List<ValueMatch> readings = exact.isEmpty() ? group : exact;
      String said = text.words(where);
      if (readings.size() > 1) {
        List<String> candidates = readings.stream().map(v -> v.column() + " = " + v.value()).toList();
        return Optional.of(new Understanding.Unclear("'" + said + "' could mean " + String.join(" or ", candidates)
            + ". Which do you mean?", candidates));
      }
      ValueMatch value = readings.get(0);
      if (!value.where().exact()) {
        notes.add("'" + said + "' read as " + value.column() + " = " + value.value());
      }
      addFilter(filters, value);
      used.add(where);
    }
    return Optional.empty();
  }

  /** Every value the question names, grouped by the words that name it. */
  private Map<PhraseMatch, List<ValueMatch>> matchesBySpan(String metricColumn) {
    Map<PhraseMatch, List<ValueMatch>> bySpan = new LinkedHashMap<>();
    for (Dimension dimension : layer.dimensions()) {
      if (dimension.column().equals(metricColumn)) {
        continue;
      }
      for (Object value : dimension.values()) {
        if (value instanceof String stored) {
          named(stored).ifPresent(where -> bySpan
              .computeIfAbsent(PhraseMatch.of(where.start(), where.end(), true), k -> new ArrayList<>())
              .add(new ValueMatch(dimension.column(), stored, where)));
        }
      }
    }
    return bySpan;
  }

  /** Where the question names a stored value; a value that is also a common word must be typed as stored. */
  private Optional<PhraseMatch> named(String stored) {
    String phrase = QuestionText.of(stored).normalized();
    if (phrase.length() < 2) {
      return Optional.empty();
    }
    if (QuestionWords.COMMON.contains(phrase)) {
      return matcher.findAll(phrase).stream()
          .filter(where -> where.exact() && text.casedTokens().get(where.start()).equals(stored)).findFirst();
    }
    return matcher.find(phrase);
  }

  /** A second value of the same column widens its filter to IN: "emea and apac". */
  private static void addFilter(List<Predicate> filters, ValueMatch value) {
    for (int i = 0; i < filters.size(); i++) {
      Predicate existing = filters.get(i);
      if (existing.column().equals(value.column())) {
        List<Object> values = new ArrayList<>();
        if (existing.value() instanceof List<?> list) {
          values.addAll(list);
        } else {
          values.add(existing.value());
        }
        values.add(value.value());
        filters.set(i, new Predicate(value.column(), Operator.IN, values));
        return;
      }
    }
    filters.add(new Predicate(value.column(), Operator.EQ, value.value()));
  }

  private record ValueMatch(String column, Object value, PhraseMatch where) {}
}
