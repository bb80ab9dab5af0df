package io.ferret.investigator.semantic;

import io.ferret.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds a table's semantic layer: what {@link MetricInference} and the {@link ValueIndex} find in the data,
 * then what ferret.yml says about the table, each configured name checked against the table's columns.
 */
final class LayerInference {
  private final SemanticConfig config;

  LayerInference(SemanticConfig config) {
    this.config = config;
  }

  SemanticLayer infer(Store store, String table) {
    TableOverrides overrides = config.overrides(table);
    String key = "tables." + table;
    TableProfile profile = TableProfile.read(store, table);
    String timeColumn = overrides.timeColumn() == null ? profile.timeColumn().orElse(null)
        : timeColumn(profile, overrides.timeColumn(), key + "." + SemanticConfig.TIME_COLUMN);
    List<String> configuredDimensions = overrides.dimensions() == null ? null : overrides.dimensions().stream()
        .map(c -> column(profile, c, key + "." + SemanticConfig.DIMENSIONS)).toList();
    List<String> categorical = profile.columnsOfType(TableProfile.CATEGORICAL);
    ValueIndex index = ValueIndex.read(store, table, categorical,
        configuredDimensions == null ? List.of() : configuredDimensions);
    String noun = overrides.noun() == null ? Vocabulary.noun(table) : overrides.noun().strip().toLowerCase(Locale.ROOT);

    List<MetricTerms> metrics = new ArrayList<>(MetricInference.infer(profile, index, noun, timeColumn));
    overrides.metrics().forEach((name, formula) ->
        configure(metrics, profile, name, formula, key + "." + SemanticConfig.METRICS + "." + name));
    overrides.synonyms().forEach((word, target) ->
        addSynonym(metrics, profile, word, target, key + "." + SemanticConfig.SYNONYMS + "." + word));

    List<String> dimensionColumns = configuredDimensions != null ? configuredDimensions : categorical.stream()
        .filter(c -> index.distinctCount(c) >= 2 && index.distinctCount(c) <= ValueIndex.MAX_DIMENSION_VALUES)
        .toList();
    List<Dimension> dimensions = dimensionColumns.stream().map(c -> new Dimension(c, index.values(c))).toList();
    return new SemanticLayer(table, noun, timeColumn, metrics, dimensions);
  }

  /** A ferret.yml metric, replacing an inferred one of the same name. */
  private void configure(List<MetricTerms> metrics, TableProfile profile, String name, MetricFormula formula,
      String key) {
    String column = formula.column() == null ? null : numericColumn(profile, formula.column(), key);
    String denominator = formula.denominator() == null ? null : numericColumn(profile, formula.denominator(), key);
    Metric metric = new Metric(name, formula.kind(), column, denominator, null);
    Set<String> phrases = new LinkedHashSet<>(List.of(name.toLowerCase(Locale.ROOT), Vocabulary.readable(name)));
    metrics.removeIf(m -> m.metric().name().equalsIgnoreCase(name));
    metrics.add(new MetricTerms(metric, List.copyOf(phrases), List.of()));
  }

  /** A ferret.yml synonym: a word for a metric (by name) or for the first metric over a column. */
  private void addSynonym(List<MetricTerms> metrics, TableProfile profile, String word, String target, String key) {
    String wanted = target.strip();
    MetricTerms terms = metrics.stream().filter(m -> m.metric().name().equalsIgnoreCase(wanted)).findFirst()
        .or(() -> metrics.stream().filter(m -> wanted.equalsIgnoreCase(m.metric().column())).findFirst())
        .orElseThrow(() -> config.error(key, "'" + target + "' is neither a metric nor a measured column of "
            + profile.table() + "; its metrics are " + String.join(", ", metrics.stream()
                .map(m -> m.metric().name()).toList())));
    metrics.set(metrics.indexOf(terms), terms.withPhrase(Vocabulary.readable(word)));
  }

  private String timeColumn(TableProfile profile, String name, String key) {
    String column = column(profile, name, key);
    if (!profile.isTime(column)) {
      throw config.error(key, column + " is a " + profile.types().get(column) + " column, not a timestamp or date");
    }
    return column;
  }

  private String numericColumn(TableProfile profile, String name, String key) {
    String column = column(profile, name, key);
    if (!profile.isOfType(column, TableProfile.NUMERIC)) {
      throw config.error(key, column + " is a " + profile.types().get(column) + " column, not a number");
    }
    return column;
  }

  /** The table's column named {@code name}, or an error naming the ferret.yml key. */
  private String column(TableProfile profile, String name, String key) {
    return profile.column(name).orElseThrow(() -> config.error(key, "table " + profile.table()
        + " has no column '" + name + "'"));
  }
}
