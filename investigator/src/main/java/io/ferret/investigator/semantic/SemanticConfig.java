package io.ferret.investigator.semantic;

import io.ferret.FerretException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code tables:} section of ferret.yml: per-table overrides of the inferred semantic layer. Other top-level
 * sections belong to other parts of Ferret and are left alone; inside {@code tables:} every key is checked, and
 * an error names the file, the line and what is wrong.
 */
final class SemanticConfig {
  static final String NOUN = "noun";
  static final String TIME_COLUMN = "time_column";
  static final String METRICS = "metrics";
  static final String SYNONYMS = "synonyms";
  static final String DIMENSIONS = "dimensions";
  private static final Set<String> TABLE_KEYS = new TreeSet<>(List.of(NOUN, TIME_COLUMN, METRICS, SYNONYMS,
      DIMENSIONS));

  private final YamlDocument document;
  private final Map<String, TableOverrides> tables;

  private SemanticConfig(YamlDocument document, Map<String, TableOverrides> tables) {
    this.document = document;
    this.tables = tables;
  }

  /** No file: nothing to override. */
  static SemanticConfig none() {
    return new SemanticConfig(null, Map.of());
  }

  static SemanticConfig read(Path file) {
    YamlDocument document = YamlDocument.read(file);
    SemanticConfig config = new SemanticConfig(document, new LinkedHashMap<>());
    Object root = document.root();
    if (root != null) {
      Object section = config.map(root, "").get("tables");
      if (section != null) {
        config.map(section, "tables").forEach(config::readTable);
      }
    }
    return config;
  }

  TableOverrides overrides(String table) {
    return tables.getOrDefault(table, TableOverrides.NONE);
  }

  Set<String> tableNames() {
    return tables.keySet();
  }

  /** An error about the key at {@code path} (dotted), naming the file and the key's line. */
  FerretException error(String path, String message) {
    return document.error(path, message);
  }

  private void readTable(String table, Object value) {
    String key = "tables." + table;
    Map<String, Object> entries = value == null ? Map.of() : map(value, key);
    for (String name : entries.keySet()) {
      if (!TABLE_KEYS.contains(name)) {
        throw error(key + "." + name, "unknown key; expected one of " + String.join(", ", TABLE_KEYS));
      }
    }
    Map<String, MetricFormula> metrics = new LinkedHashMap<>();
    mapAt(entries, METRICS, key).forEach((name, formula) -> metrics.put(name,
        MetricFormula.parse(text(formula, key + "." + METRICS + "." + name)).orElseThrow(() ->
            error(key + "." + METRICS + "." + name, "cannot read '" + formula + "'; write " + MetricFormula.FORMS))));
    Map<String, String> synonyms = new LinkedHashMap<>();
    mapAt(entries, SYNONYMS, key).forEach((word, target) ->
        synonyms.put(word, text(target, key + "." + SYNONYMS + "." + word)));
    tables.put(table, new TableOverrides(optionalText(entries.get(NOUN), key + "." + NOUN),
        optionalText(entries.get(TIME_COLUMN), key + "." + TIME_COLUMN), metrics, synonyms,
        dimensions(entries, key + "." + DIMENSIONS)));
  }

  /** The configured dimension columns, or null when ferret.yml leaves them to inference. */
  private List<String> dimensions(Map<String, Object> entries, String path) {
    if (!entries.containsKey(DIMENSIONS)) {
      return null;
    }
    if (!(entries.get(DIMENSIONS) instanceof List<?> list)) {
      throw error(path, "expected a list of column names, such as [region, segment]");
    }
    List<String> columns = new ArrayList<>();
    for (Object column : list) {
      columns.add(text(column, path));
    }
    return columns;
  }

  private Map<String, Object> mapAt(Map<String, Object> entries, String name, String key) {
    Object value = entries.get(name);
    return value == null ? Map.of() : map(value, key + "." + name);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> map(Object value, String path) {
    if (!(value instanceof Map<?, ?>)) {
      throw error(path, "expected a mapping of keys to values");
    }
    return (Map<String, Object>) value;
  }

  private String text(Object value, String path) {
    if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
      throw error(path, "expected a single value");
    }
    return value.toString();
  }

  private String optionalText(Object value, String path) {
    return value == null ? null : text(value, path);
  }
}
