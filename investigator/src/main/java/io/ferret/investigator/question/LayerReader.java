package io.ferret.investigator.question;

import io.ferret.investigator.semantic.Dimension;
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
import java.util.regex.Matcher;

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
    List<String> notes = new ArrayList<>();
    List<MetricMatch> metrics = metricMatches(kind);
    MetricMatch metric = null;
    if (!metrics.isEmpty()) {
      int top = metrics.get(0).where().score();
      List<MetricMatch> best = metrics.stream().filter(m -> m.where().score() == top).toList();
      List<String> distinct = best.stream().map(m -> m.terms().metric().name()).distinct().toList();
      if (distinct.size() > 1) {
        return unclear("Which measure do you mean: " + String.join(" or ", distinct) + "?", distinct, top);
      }
      metric = best.get(0);
      describe(metric, notes);
    }
    List<PhraseMatch> taken = new ArrayList<>(setAside);
    if (metric != null) {
      taken.add(metric.where());
    }
    List<String> groupBy = new ArrayList<>();
    Optional<Reading> badGroup = groupBy(taken, groupBy);
    if (badGroup.isPresent()) {
      return badGroup.get();
    }
    Map<String, List<ValueMatch>> values = values(taken, metric);
    List<Predicate> filters = new ArrayList<>();
    for (Map.Entry<String, List<ValueMatch>> span : values.entrySet()) {
      List<ValueMatch> readings = span.getValue();
      List<ValueMatch> exact = readings.stream().filter(v -> v.where().exact()).toList();
      List<ValueMatch> chosen = exact.isEmpty() ? readings : exact;
      if (chosen.stream().map(ValueMatch::column).distinct().count() > 1) {
        List<String> candidates = chosen.stream().map(v -> v.column() + " = " + v.value()).toList();
        return unclear("'" + span.getKey() + "' could mean " + String.join(" or ", candidates)
            + ". Which do you mean?", candidates, 0);
      }
      ValueMatch value = chosen.get(0);
      if (!value.where().exact()) {
        notes.add("'" + span.getKey() + "' read as " + value.column() + " = " + value.value());
      }
      addFilter(filters, value);
    }
    int score = (metric == null ? 0 : metric.where().score() * 3 + (ownName(metric) ? 2 : 0)) + values.size() * 2
        + groupBy.size();
    return new Reading(layer, metric, filters, groupBy, notes, null, score);
  }

  private Reading unclear(String message, List<String> candidates, int score) {
    return new Reading(layer, null, List.of(), List.of(), List.of(), new Understanding.Unclear(message, candidates),
        score);
  }

  /** Metric readings, strongest first; a driver question reads only rates, since its class is an outcome. */
  private List<MetricMatch> metricMatches(QuestionKind kind) {
    boolean average = QuestionWords.AVERAGE.matcher(text.normalized()).find();
    List<MetricMatch> matches = new ArrayList<>();
    for (MetricTerms terms : layer.metrics()) {
      MetricKind metricKind = terms.metric().kind();
      if (kind == QuestionKind.DRIVERS && metricKind != MetricKind.RATE) {
        continue;
      }
      if (metricKind == MetricKind.AVERAGE && !average) {
        continue;
      }
      for (String phrase : terms.phrases()) {
        matcher.find(phrase).filter(where -> free(where, setAside))
            .ifPresent(where -> matches.add(new MetricMatch(terms, phrase, where)));
      }
    }
    matches.sort(Comparator.comparingInt((MetricMatch m) -> -m.where().score())
        .thenComparingInt(m -> m.where().start()));
    // the same metric through several phrases is one reading: keep its best
    Map<String, MetricMatch> best = new LinkedHashMap<>();
    matches.forEach(m -> best.putIfAbsent(m.terms().metric().name(), m));
    return List.copyOf(best.values());
  }

  private void describe(MetricMatch match, List<String> notes) {
    String said = String.join(" ", text.tokens().subList(match.where().start(), match.where().end()));
    String name = match.terms().metric().name();
    if (!match.where().exact()) {
      notes.add("'" + said + "' read as '" + match.phrase() + "'");
    }
    if (!match.phrase().equals(name)) {
      notes.add("'" + match.phrase() + "' read as " + name + " = " + match.terms().metric().expression().sql());
    }
  }

  /** "by region and channel": dimensions named after by/per/across; an unknown one is asked about. */
  private Optional<Reading> groupBy(List<PhraseMatch> taken, List<String> groupBy) {
    Matcher by = QuestionWords.GROUP_BY.matcher(text.normalized());
    if (!by.find()) {
      return Optional.empty();
    }
    int at = text.normalized().substring(0, by.end()).split(" ").length;
    for (int i = at; i < text.tokens().size(); i++) {
      String token = text.tokens().get(i);
      if (token.equals("and") || token.equals("then")) {
        continue;
      }
      Optional<String> column = dimensionNamed(i);
      if (column.isEmpty()) {
        if (groupBy.isEmpty()) {
          List<String> names = layer.dimensionColumns();
          return Optional.of(unclear("I don't know a breakdown called '" + token + "' in " + layer.table()
              + ". You can break it down by: " + String.join(", ", names) + ".", names, 0));
        }
        break;
      }
      groupBy.add(column.get());
      taken.add(new PhraseMatch(i, i + 1, true));
    }
    return Optional.empty();
  }

  private Optional<String> dimensionNamed(int token) {
    String word = text.tokens().get(token);
    return layer.dimensionColumns().stream()
        .filter(c -> {
          String lower = c.toLowerCase(java.util.Locale.ROOT);
          String last = lower.substring(lower.lastIndexOf('.') + 1);
          return word.equals(lower) || word.equals(last) || PhraseMatcher.similar(word, last);
        })
        .findFirst();
  }

  /** Values of dimensions the question names, by the words that named them. */
  private Map<String, List<ValueMatch>> values(List<PhraseMatch> taken, MetricMatch metric) {
    Map<String, List<ValueMatch>> bySpan = new LinkedHashMap<>();
    for (Dimension dimension : layer.dimensions()) {
      if (metric != null && dimension.column().equals(metric.terms().metric().column())) {
        continue;
      }
      for (Object value : dimension.values()) {
        if (!(value instanceof String stored)) {
          continue;
        }
        String phrase = QuestionText.of(stored).normalized();
        if (phrase.length() < 2) {
          continue;
        }
        matcher.find(phrase).filter(where -> free(where, taken)).ifPresent(where -> bySpan
            .computeIfAbsent(String.join(" ", text.tokens().subList(where.start(), where.end())), k -> new ArrayList<>())
            .add(new ValueMatch(dimension.column(), stored, where)));
      }
    }
    return bySpan;
  }

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

  /** A table whose own metric or column is named beats one that only has a synonym ("arr" column vs amount). */
  private static boolean ownName(MetricMatch match) {
    String phrase = match.phrase();
    String column = match.terms().metric().column();
    return phrase.equals(match.terms().metric().name())
        || column != null && phrase.equals(column.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean free(PhraseMatch where, List<PhraseMatch> taken) {
    return taken.stream().noneMatch(where::overlaps);
  }

  private record ValueMatch(String column, Object value, PhraseMatch where) {}
}
