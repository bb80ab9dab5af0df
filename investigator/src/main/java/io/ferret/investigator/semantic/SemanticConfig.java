package io.ferret.investigator.semantic;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code tables:} section of ferret.yml: per-table overrides of the inferred semantic layer. Other top-level
 * sections belong to other parts of Ferret and are left alone; inside {@code tables:} every key is checked, and
 * an error names the file, the line and what is wrong.
 */
final class SemanticConfig {
  private static final Set<String> TABLE_KEYS = Set.of("noun", "time_column", "metrics", "synonyms", "dimensions");

  private final Path file;
  private final Map<String, TableOverrides> tables;
  private final Map<String, Integer> lines;

  private SemanticConfig(Path file, Map<String, TableOverrides> tables, Map<String, Integer> lines) {
    this.file = file;
    this.tables = tables;
    this.lines = lines;
  }

  /** No file: nothing to override. */
  static SemanticConfig none() {
    return new SemanticConfig(null, Map.of(), Map.of());
  }

  static SemanticConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new FerretException(ErrorCode.USAGE, "cannot read " + file + ": " + e.getMessage(), e);
    }
    Map<String, Integer> lines = new HashMap<>();
    Object tree;
    try (JsonParser parser = new YAMLFactory().createParser(text)) {
      tree = readValue(parser, parser.nextToken(), new ArrayDeque<>(), lines);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new FerretException(ErrorCode.USAGE, file + (at == null ? "" : ":" + at.getLineNr())
          + ": not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FerretException(ErrorCode.USAGE, "cannot read " + file + ": " + e.getMessage(), e);
    }
    SemanticConfig config = new SemanticConfig(file, new LinkedHashMap<>(), lines);
    if (tree instanceof Map<?, ?> root && root.get("tables") != null) {
      config.readTables(root.get("tables"));
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
    Integer line = lines.get(path);
    return new FerretException(ErrorCode.USAGE,
        (file == null ? "ferret.yml" : file.toString()) + (line == null ? "" : ":" + line) + ": " + path + ": "
            + message);
  }

  private void readTables(Object section) {
    for (Map.Entry<String, Object> table : map(section, "tables").entrySet()) {
      String key = "tables." + table.getKey();
      Map<String, Object> entries = map(table.getValue(), key);
      for (String name : entries.keySet()) {
        if (!TABLE_KEYS.contains(name)) {
          throw error(key + "." + name, "unknown key; expected one of " + String.join(", ", TABLE_KEYS.stream().sorted().toList()));
        }
      }
      Map<String, MetricFormula> metrics = new LinkedHashMap<>();
      map(entries.getOrDefault("metrics", Map.of()), key + ".metrics").forEach((name, formula) ->
          metrics.put(name, MetricFormula.parse(text(formula, key + ".metrics." + name))
              .orElseThrow(() -> error(key + ".metrics." + name,
                  "cannot read '" + formula + "'; write count(*), sum(col), avg(col), sum(a) / sum(b) or"
                      + " sum(a) / count(*)"))));
      Map<String, String> synonyms = new LinkedHashMap<>();
      map(entries.getOrDefault("synonyms", Map.of()), key + ".synonyms").forEach((word, target) ->
          synonyms.put(word, text(target, key + ".synonyms." + word)));
      List<String> dimensions = null;
      if (entries.containsKey("dimensions")) {
        if (!(entries.get("dimensions") instanceof List<?> list)) {
          throw error(key + ".dimensions", "expected a list of column names");
        }
        dimensions = new ArrayList<>();
        for (Object column : list) {
          dimensions.add(text(column, key + ".dimensions"));
        }
      }
      tables.put(table.getKey(), new TableOverrides(optionalText(entries.get("noun"), key + ".noun"),
          optionalText(entries.get("time_column"), key + ".time_column"), metrics, synonyms, dimensions));
    }
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

  /** Reads YAML into maps, lists and scalars, remembering the line of every key by its dotted path. */
  private static Object readValue(JsonParser parser, JsonToken token, Deque<String> path, Map<String, Integer> lines)
      throws IOException {
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          path.addLast(name);
          lines.put(String.join(".", path), parser.currentLocation().getLineNr());
          map.put(name, readValue(parser, parser.nextToken(), path, lines));
          path.removeLast();
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          list.add(readValue(parser, next, path, lines));
        }
        return list;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> {
        return parser.getText();
      }
    }
  }
}
