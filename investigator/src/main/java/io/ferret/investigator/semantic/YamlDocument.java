package io.ferret.investigator.semantic;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
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

/**
 * A YAML file read into maps, lists and text, remembering the line of every key by its dotted path
 * ({@code tables.orders.metrics}), so that a problem found later can name the line it comes from. A key
 * written twice is an error, not a silent override.
 */
final class YamlDocument {
  private static final YAMLFactory YAML =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Path file;
  private final Object root;
  private final Map<String, Integer> lines;

  private YamlDocument(Path file, Object root, Map<String, Integer> lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  /** Reads the file; unreadable files and invalid YAML are USAGE errors naming the file and line. */
  static YamlDocument read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new FerretException(ErrorCode.USAGE, "cannot read " + file + ": " + e.getMessage(), e);
    }
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      return new YamlDocument(file, readValue(parser, parser.nextToken(), new ArrayDeque<>(), lines), lines);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new FerretException(ErrorCode.USAGE, file + (at == null ? "" : ":" + at.getLineNr())
          + ": not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FerretException(ErrorCode.USAGE, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The document: a map, a list, a string or null. */
  Object root() {
    return root;
  }

  /** A USAGE error about the key at {@code path}, naming the file and the key's line. */
  FerretException error(String path, String message) {
    Integer line = lines.get(path);
    return new FerretException(ErrorCode.USAGE,
        file + (line == null ? "" : ":" + line) + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }

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
