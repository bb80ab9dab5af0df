package io.ferret.investigator.question;

import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.investigator.semantic.MetricTerms;
import io.ferret.investigator.semantic.SemanticLayer;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Reads which metric a question names in one table's vocabulary. Two metrics named side by side are one
 * reading: in "order revenue" the table's noun only repeats what every row is, and in "late orders" an outcome
 * narrows the rows ({@code late = true}). Two equally good readings make the question ambiguous.
 */
final class MetricFinder {
  private static final Comparator<MetricMatch> STRONGEST_FIRST =
      Comparator.comparingInt((MetricMatch m) -> -m.where().score())
          .thenComparing(MetricMatch::vocabulary)
          .thenComparingInt(m -> m.where().start());
  private static final int MAX_MODIFIER_GAP = 2;

  private final SemanticLayer layer;
  private final QuestionText text;
  private final PhraseMatcher matcher;
  private final List<PhraseMatch> setAside;

  /**
   * @param setAside token spans already explained (the time window), which no metric may claim
   */
  MetricFinder(SemanticLayer layer, QuestionText text, PhraseMatcher matcher, List<PhraseMatch> setAside) {
    this.layer = layer;
    this.text = text;
    this.matcher = matcher;
    this.setAside = setAside;
  }

  /** The metric the question names; a driver question reads only rates, since what it explains is an outcome. */
  MetricChoice choose(QuestionKind kind) {
    List<MetricMatch> readings = bestPerMetric(kind);
    if (readings.isEmpty()) {
      return MetricChoice.NONE;
    }
    List<Predicate> filters = new ArrayList<>();
    List<PhraseMatch> spans = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    foldModifiers(readings, filters, spans, notes);
    int top = readings.get(0).where().score();
    List<String> tied = readings.stream().filter(m -> m.where().score() == top).map(m -> m.metric().name()).toList();
    if (tied.size() > 1) {
      return MetricChoice.ambiguous(tied, top);
    }
    MetricMatch chosen = readings.get(0);
    spans.add(chosen.where());
    describe(chosen, notes);
    return new MetricChoice(chosen, filters, spans, notes, List.of(), top);
  }

  /** Every metric's best match, strongest first. */
  private List<MetricMatch> bestPerMetric(QuestionKind kind) {
    Map<String, MetricMatch> best = new LinkedHashMap<>();
    for (MetricTerms terms : layer.metrics()) {
      MetricKind metricKind = terms.metric().kind();
      if (kind == QuestionKind.DRIVERS && metricKind != MetricKind.RATE) {
        continue;
      }
      List<MetricMatch> matches = new ArrayList<>();
      for (String phrase : terms.phrases()) {
        matcher.findAll(phrase).forEach(where -> matches.add(new MetricMatch(terms, phrase, where, false)));
        if (metricKind != MetricKind.AVERAGE) { // "amount" alone means the sum, never "average amount"
          matcher.findLastWord(phrase).forEach(where -> matches.add(new MetricMatch(terms, phrase, where, false)));
        }
      }
      for (String phrase : terms.vocabulary()) {
        matcher.findAll(phrase).forEach(where -> matches.add(new MetricMatch(terms, phrase, where, true)));
      }
      matches.stream().filter(m -> setAside.stream().noneMatch(m.where()::overlaps)).min(STRONGEST_FIRST)
          .ifPresent(m -> best.put(terms.metric().name(), m));
    }
    List<MetricMatch> readings = new ArrayList<>(best.values());
    readings.sort(STRONGEST_FIRST);
    return readings;
  }

  /** Removes the readings that only modify the one after them, keeping what they say as filters. */
  private void foldModifiers(List<MetricMatch> readings, List<Predicate> filters, List<PhraseMatch> spans,
      List<String> notes) {
    Optional<Modified> pair;
    while ((pair = modifierPair(readings)).isPresent()) {
      MetricMatch modifier = pair.get().modifier();
      MetricMatch head = pair.get().head();
      readings.remove(modifier);
      spans.add(modifier.where());
      Metric outcome = modifier.metric();
      if (outcome.kind() == MetricKind.RATE) {
        filters.add(new Predicate(outcome.column(), Operator.EQ, outcome.positive()));
        notes.add("'" + text.words(modifier.where()) + "' read as " + head.metric().name() + " where "
            + outcome.column() + " = " + outcome.positive());
      }
    }
  }

  /**
   * A whole-phrase reading that modifies another: the table's noun before another metric ("order revenue"), an
   * outcome before a metric that is not a rate ("late orders", "churned enterprise subscriptions"), or an outcome
   * anywhere in a question that asks "how many".
   */
  private Optional<Modified> modifierPair(List<MetricMatch> readings) {
    boolean howMany = text.normalized().contains("how many");
    List<BiPredicate<MetricMatch, MetricMatch>> rules = List.of(
        (outcome, head) -> howMany && isRate(outcome) && head.metric().kind() == MetricKind.COUNT,
        (outcome, head) -> isRate(outcome) && !isRate(head) && before(outcome, head),
        (noun, head) -> noun.metric().kind() == MetricKind.COUNT && before(noun, head));
    for (BiPredicate<MetricMatch, MetricMatch> rule : rules) {
      for (MetricMatch modifier : readings) {
        for (MetricMatch head : readings) {
          if (modifier != head && modifier.where().complete() && rule.test(modifier, head)) {
            return Optional.of(new Modified(modifier, head));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isRate(MetricMatch match) {
    return match.metric().kind() == MetricKind.RATE;
  }

  /** Whether a reading stands before another, at most two plain words (values, say) between them. */
  private boolean before(MetricMatch modifier, MetricMatch head) {
    int gap = head.where().start() - modifier.where().end();
    return gap >= 0 && gap <= MAX_MODIFIER_GAP && text.tokens().subList(modifier.where().end(), head.where().start())
        .stream().allMatch(word -> word.chars().allMatch(Character::isLetter) && QuestionWords.isPlain(word));
  }

  /** Says how the words were read, when they were not the metric's own name: typos, synonyms, partial names. */
  private void describe(MetricMatch match, List<String> notes) {
    String said = text.words(match.where());
    Metric metric = match.metric();
    String reading = metric.name() + " = " + metric.formula();
    if (!match.where().complete()) {
      notes.add("'" + said + "' read as " + reading);
      return;
    }
    if (!match.where().exact()) {
      notes.add("'" + said + "' read as '" + match.phrase() + "'");
    }
    if (!match.phrase().equals(metric.name())) {
      notes.add("'" + match.phrase() + "' read as " + reading);
    }
  }

  /** "late" in "late orders": the modifier and the metric it narrows. */
  private record Modified(MetricMatch modifier, MetricMatch head) {}
}
