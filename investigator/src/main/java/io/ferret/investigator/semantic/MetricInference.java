package io.ferret.investigator.semantic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The metrics a table offers without configuration: its row count named after its noun, the sum and average of
 * each numeric column (the money column's sum called "revenue"), and a rate for each outcome: a boolean column,
 * a yes/no text column, or a status value such as {@code refunded}.
 */
final class MetricInference {
  private static final Set<String> YES = Set.of("yes", "y", "true", "1");
  private static final Set<String> NO = Set.of("no", "n", "false", "0");

  private final TableProfile profile;
  private final ValueIndex index;
  private final List<MetricTerms> metrics = new ArrayList<>();

  private MetricInference(TableProfile profile, ValueIndex index) {
    this.profile = profile;
    this.index = index;
  }

  /**
   * @param timeColumn the table's time column, which is never a measure; null when it has none
   */
  static List<MetricTerms> infer(TableProfile profile, ValueIndex index, String noun, String timeColumn) {
    MetricInference inference = new MetricInference(profile, index);
    inference.count(noun);
    inference.sumsAndAverages(noun, timeColumn);
    inference.rates();
    return List.copyOf(inference.metrics);
  }

  private void count(String noun) {
    Set<String> phrases = new LinkedHashSet<>(List.of(noun, "number of " + noun, singular(noun)));
    metrics.add(new MetricTerms(new Metric(noun, MetricKind.COUNT, null, null, null), List.copyOf(phrases),
        Vocabulary.COUNT_WORDS));
  }

  private void sumsAndAverages(String noun, String timeColumn) {
    List<String> measures = profile.columnsOfType(TableProfile.NUMERIC).stream()
        .filter(c -> !c.equals(timeColumn) && !isIdentifier(c)).toList();
    Optional<String> revenue = Vocabulary.REVENUE_COLUMNS.stream()
        .flatMap(name -> additive(measures).filter(c -> Vocabulary.baseName(c).equals(name)))
        .findFirst()
        .filter(c -> !noun.equals("revenue"));
    for (String column : measures) {
      boolean isRevenue = revenue.equals(Optional.of(column));
      Set<String> own = new LinkedHashSet<>();
      if (isRevenue) {
        own.add("revenue");
      }
      own.addAll(List.of(Vocabulary.readable(column), column.toLowerCase(Locale.ROOT)));
      List<String> money = moneyWords(column, measures);
      if (!Vocabulary.nonAdditive(column)) {
        sum(column, isRevenue ? "revenue" : Vocabulary.readable(column), noun, own, money);
      }
      average(column, noun, own, money, isRevenue);
    }
  }

  /** The sum, known by the column's words with and without "total", and by the money words that name it. */
  private void sum(String column, String name, String noun, Set<String> own, List<String> money) {
    Set<String> phrases = new LinkedHashSet<>(own);
    own.forEach(w -> phrases.add("total " + w));
    // the row count already has the table's noun as its name
    String unique = name.equals(noun) ? "total " + name : name;
    metrics.add(new MetricTerms(new Metric(unique, MetricKind.SUM, column, null, null), List.copyOf(phrases), money));
  }

  /** The average: "average amount", "amount per order", and for the revenue column what sales teams call it. */
  private void average(String column, String noun, Set<String> own, List<String> money, boolean isRevenue) {
    List<String> phrases = new ArrayList<>(own.stream().flatMap(MetricInference::averagesOf).toList());
    if (Vocabulary.nonAdditive(column)) {
      phrases.addAll(own); // "discount pct" can only mean its average
    }
    List<String> vocabulary = new ArrayList<>(money.stream().flatMap(MetricInference::averagesOf).toList());
    own.forEach(w -> vocabulary.add(w + " per " + singular(noun)));
    if (isRevenue) {
      vocabulary.addAll(List.of("average " + singular(noun) + " value", "aov"));
    }
    metrics.add(new MetricTerms(new Metric("average " + Vocabulary.readable(column), MetricKind.AVERAGE, column,
        null, null), phrases, vocabulary));
  }

  private static Stream<String> additive(List<String> measures) {
    return measures.stream().filter(c -> !Vocabulary.nonAdditive(c));
  }

  /** The built-in money words ("sales", "arr" …) whose most likely column, among the table's, is this one. */
  private static List<String> moneyWords(String column, List<String> measures) {
    List<String> words = new ArrayList<>();
    Vocabulary.MONEY_WORDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> entry.getValue()
        .stream()
        .flatMap(name -> additive(measures).filter(c -> Vocabulary.baseName(c).equals(name)))
        .findFirst()
        .filter(column::equals)
        .ifPresent(found -> words.add(entry.getKey())));
    return words;
  }

  private static Stream<String> averagesOf(String words) {
    return Stream.of("average " + words, "avg " + words, "mean " + words);
  }

  private void rates() {
    for (String column : profile.columnsOfType(TableProfile.CATEGORICAL)) {
      if (profile.isOfType(column, Set.of("BOOLEAN"))) {
        outcomeColumn(column, Boolean.TRUE);
      } else if (index.distinctCount(column) <= 3) {
        yesValue(index.values(column)).ifPresentOrElse(yes -> outcomeColumn(column, yes), () -> statuses(column));
      } else {
        statuses(column);
      }
    }
  }

  /** A boolean or yes/no column: {@code churned} gives "churn rate", known as "churn" and "churned" too. */
  private void outcomeColumn(String column, Object positive) {
    String noun = Vocabulary.outcomeNoun(column);
    Set<String> phrases = new LinkedHashSet<>(List.of(noun + " rate", noun, Vocabulary.readable(column),
        column.toLowerCase(Locale.ROOT)));
    addRate(noun + " rate", column, positive, List.copyOf(phrases));
  }

  /** Outcome values of a status column: {@code status = 'refunded'} gives "refund rate". */
  private void statuses(String column) {
    for (Object value : index.values(column)) {
      if (value instanceof String text) {
        Vocabulary.outcomeNounOfValue(text).ifPresent(noun ->
            addRate(noun + " rate", column, text, List.of(noun + " rate", noun)));
      }
    }
  }

  private void addRate(String name, String column, Object positive, List<String> phrases) {
    if (metrics.stream().noneMatch(m -> m.metric().name().equals(name))) {
      metrics.add(new MetricTerms(new Metric(name, MetricKind.RATE, column, null, positive), phrases, List.of()));
    }
  }

  /** The "yes" of a two-valued text column such as bank marketing's {@code y} (yes/no). */
  private static Optional<Object> yesValue(List<Object> values) {
    if (values.size() != 2) {
      return Optional.empty();
    }
    Object yes = null;
    boolean hasNo = false;
    for (Object value : values) {
      String text = String.valueOf(value).toLowerCase(Locale.ROOT);
      if (YES.contains(text)) {
        yes = value;
      } else if (NO.contains(text)) {
        hasNo = true;
      }
    }
    return hasNo ? Optional.ofNullable(yes) : Optional.empty();
  }

  private static String singular(String noun) {
    return noun.endsWith("s") && noun.length() > 1 ? noun.substring(0, noun.length() - 1) : noun;
  }

  /** {@code id}, {@code customer_id}, {@code customerId}: numbers that name rows rather than measure them. */
  private static boolean isIdentifier(String column) {
    String name = Vocabulary.baseName(column);
    return name.equals("id") || name.endsWith("_id") || column.endsWith("Id") && column.length() > 2;
  }
}
