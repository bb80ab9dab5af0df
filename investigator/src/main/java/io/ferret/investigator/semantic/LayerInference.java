package io.ferret.investigator.semantic;

import io.ferret.FerretException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Infers a table's semantic layer from its columns and data, then applies ferret.yml: the row count named after
 * the table's noun, sums and averages of numeric columns, rates of boolean and yes/no columns, and dimensions
 * from low-cardinality text and boolean columns with their values.
 */
final class LayerInference {
  static final int MAX_DIMENSION_VALUES = 50;
  static final int VALUE_INDEX_CAP = 200;
  private static final Set<String> NUMERIC =
      Set.of("BIGINT", "INTEGER", "SMALLINT", "TINYINT", "HUGEINT", "DOUBLE", "FLOAT", "REAL", "DECIMAL");
  private static final Set<String> CATEGORICAL = Set.of("VARCHAR", "BOOLEAN");
  private static final Set<String> YES = Set.of("yes", "y", "true", "1");
  private static final Set<String> NO = Set.of("no", "n", "false", "0");
  private static final Set<String> NOISE_NOUNS = Set.of("events", "event", "log", "logs", "data", "raw", "table", "facts");

  /** Turns a problem with a ferret.yml key (dotted path) into an error that names its line. */
  private final BiFunction<String, String, FerretException> complaint;

  LayerInference(BiFunction<String, String, FerretException> complaint) {
    this.complaint = complaint;
  }

  SemanticLayer infer(TableProfile profile, TableOverrides overrides) {
    String table = profile.table();
    String key = "tables." + table;
    String timeColumn = overrides.timeColumn() != null
        ? column(profile, overrides.timeColumn(), key + ".time_column")
        : profile.timeColumn();
    String noun = overrides.noun() != null ? overrides.noun().toLowerCase(Locale.ROOT) : noun(table);

    List<String> categorical = profile.columnsOfType(CATEGORICAL);
    Map<String, Long> distinct = profile.distinctCounts(categorical);
    List<MetricTerms> metrics = new ArrayList<>();
    metrics.add(new MetricTerms(new Metric(noun, MetricKind.COUNT, null, null, null),
        countPhrases(noun), false));
    numericMetrics(profile, timeColumn, metrics);
    rateMetrics(profile, distinct, metrics);
    overrides.metrics().forEach((name, formula) ->
        metrics.add(0, new MetricTerms(configured(profile, name, formula, key + ".metrics." + name),
            List.of(name.toLowerCase(Locale.ROOT), Vocabulary.readable(name)), false)));
    List<MetricTerms> withSynonyms = synonyms(metrics, overrides.synonyms(), profile, key + ".synonyms");

    List<String> dimensionColumns = overrides.dimensions() != null
        ? overrides.dimensions().stream().map(c -> column(profile, c, key + ".dimensions")).toList()
        : categorical.stream()
            .filter(c -> distinct.get(c) >= 2 && distinct.get(c) <= MAX_DIMENSION_VALUES).toList();
    List<Dimension> dimensions = dimensionColumns.stream()
        .map(c -> new Dimension(c, profile.values(c, VALUE_INDEX_CAP))).toList();
    return new SemanticLayer(table, noun, timeColumn, withSynonyms, dimensions);
  }

  /** The plural noun of a table's rows: {@code orders} → orders, {@code ticket_events} → tickets. */
  static String noun(String table) {
    List<String> words = new ArrayList<>(List.of(Vocabulary.readable(table).split(" ")));
    words.removeIf(NOISE_NOUNS::contains);
    String noun = words.isEmpty() ? Vocabulary.readable(table) : words.get(words.size() - 1);
    return noun.endsWith("s") || noun.endsWith("ing") ? noun : noun + "s";
  }

  private static List<String> countPhrases(String noun) {
    List<String> phrases = new ArrayList<>(List.of("number of " + noun, noun));
    String singular = noun.substring(0, noun.length() - 1);
    if (!singular.isEmpty()) {
      phrases.add(singular);
    }
    phrases.addAll(Vocabulary.COUNT_WORDS);
    return phrases;
  }

  private static void numericMetrics(TableProfile profile, String timeColumn, List<MetricTerms> metrics) {
    for (String column : profile.columnsOfType(NUMERIC)) {
      if (column.equals(timeColumn) || isIdentifier(column)) {
        continue;
      }
      String words = Vocabulary.readable(column);
      List<String> sumPhrases = new ArrayList<>(List.of("total " + words, words));
      if (!words.equals(column.toLowerCase(Locale.ROOT))) {
        sumPhrases.add(column.toLowerCase(Locale.ROOT));
      }
      metrics.add(new MetricTerms(new Metric(words, MetricKind.SUM, column, null, null), sumPhrases, false));
      metrics.add(new MetricTerms(new Metric("average " + words, MetricKind.AVERAGE, column, null, null),
          List.of("average " + words, "avg " + words, "mean " + words), false));
    }
    moneyWords(profile, metrics);
  }

  /** Adds "revenue", "sales", "ARR" … to the sum (and average) of the column each word most likely names. */
  private static void moneyWords(TableProfile profile, List<MetricTerms> metrics) {
    Vocabulary.MONEY_WORDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
      Optional<MetricTerms> sum = entry.getValue().stream()
          .flatMap(candidate -> metrics.stream().filter(m -> m.metric().kind() == MetricKind.SUM
              && baseName(m.metric().column()).equals(candidate)))
          .findFirst();
      sum.ifPresent(found -> {
        replacePhrases(metrics, found, List.of(entry.getKey()));
        metrics.stream().filter(m -> m.metric().kind() == MetricKind.AVERAGE
                && m.metric().column().equals(found.metric().column())).findFirst()
            .ifPresent(avg -> replacePhrases(metrics, avg,
                List.of("average " + entry.getKey(), "avg " + entry.getKey())));
      });
    });
  }

  private static void replacePhrases(List<MetricTerms> metrics, MetricTerms terms, List<String> extra) {
    List<String> phrases = new ArrayList<>(terms.phrases());
    phrases.addAll(extra);
    metrics.set(metrics.indexOf(terms), new MetricTerms(terms.metric(), phrases, true));
  }

  private static void rateMetrics(TableProfile profile, Map<String, Long> distinct, List<MetricTerms> metrics) {
    profile.types().forEach((column, type) -> {
      Object positive = null;
      if (type.equals("BOOLEAN")) {
        positive = Boolean.TRUE;
      } else if (type.equals("VARCHAR") && distinct.getOrDefault(column, 0L) <= 3) {
        positive = yesValue(profile.values(column, 3));
      }
      if (positive == null) {
        return;
      }
      String noun = Vocabulary.outcomeNoun(column);
      List<String> phrases = new ArrayList<>(List.of(noun + " rate", noun, Vocabulary.readable(column)));
      if (!phrases.contains(column.toLowerCase(Locale.ROOT))) {
        phrases.add(column.toLowerCase(Locale.ROOT));
      }
      metrics.add(new MetricTerms(new Metric(noun + " rate", MetricKind.RATE, column, null, positive), phrases,
          false));
    });
  }

  /** The "yes" of a two-valued text column such as bank marketing's {@code y} (yes/no), else null. */
  private static Object yesValue(List<Object> values) {
    if (values.size() != 2) {
      return null;
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
    return hasNo ? yes : null;
  }

  private Metric configured(TableProfile profile, String name, MetricFormula formula, String key) {
    String column = formula.column() == null ? null : column(profile, formula.column(), key);
    String denominator = formula.denominator() == null ? null : column(profile, formula.denominator(), key);
    return new Metric(name, formula.kind(), column, denominator, null);
  }

  private List<MetricTerms> synonyms(
      List<MetricTerms> metrics, Map<String, String> synonyms, TableProfile profile, String key) {
    List<MetricTerms> result = new ArrayList<>(metrics);
    synonyms.forEach((word, target) -> {
      String wanted = target.toLowerCase(Locale.ROOT);
      MetricTerms terms = result.stream()
          .filter(m -> m.metric().name().equalsIgnoreCase(wanted)
              || (m.metric().kind() == MetricKind.SUM && m.metric().column().equalsIgnoreCase(wanted)))
          .findFirst()
          .orElseThrow(() -> complaint.apply(key + "." + word,
              "'" + target + "' is neither a metric nor a numeric column of " + profile.table()));
      List<String> phrases = new ArrayList<>(terms.phrases());
      phrases.add(0, word.toLowerCase(Locale.ROOT));
      result.set(result.indexOf(terms), new MetricTerms(terms.metric(), phrases, false));
    });
    return result;
  }

  /** The table's column named {@code name} (case-insensitively), or an error naming the ferret.yml key. */
  private String column(TableProfile profile, String name, String key) {
    return profile.types().keySet().stream().filter(c -> c.equalsIgnoreCase(name.strip())).findFirst()
        .orElseThrow(() -> complaint.apply(key, "table " + profile.table() + " has no column '" + name + "'"));
  }

  private static boolean isIdentifier(String column) {
    String name = baseName(column);
    return name.equals("id") || name.endsWith("_id") || name.endsWith("id") && name.length() > 2
        && Character.isUpperCase(column.charAt(column.length() - 2));
  }

  private static String baseName(String column) {
    String lower = column.toLowerCase(Locale.ROOT);
    return lower.substring(lower.lastIndexOf('.') + 1);
  }
}
