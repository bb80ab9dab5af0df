package io.ferret.cli.serve;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads {@code ferret.yml}. Every error names the file, the line and what is wrong, such as
 * {@code ferret.yml line 7: kafka.flush: max_rows must be at least 1, got 0}.
 */
public final class ConfigLoader {
  private static final ObjectMapper YAML = YAMLMapper.builder(
          YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .build();

  private ConfigLoader() {}

  /**
   * Reads the file, with {@code ${NAME}} in values taken from {@code environment}. Relative store paths are
   * resolved against the file's folder.
   */
  public static FerretConfig load(Path file, Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment is null");
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new FerretException(ErrorCode.USAGE,
          "no configuration file " + file + "; start from ferret.example.yml", e);
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "cannot read " + file + ": " + e.getMessage(), e);
    }
    EnvironmentSubstitution parser = null;
    try {
      parser = new EnvironmentSubstitution(YAML.getFactory().createParser(text), environment);
      FerretConfig config = parser.nextToken() == null ? null : YAML.readValue(parser, FerretConfig.class);
      return resolveStore(config == null ? FerretConfig.defaults() : config, file);
    } catch (JsonProcessingException e) {
      throw new FerretException(ErrorCode.INPUT, file.getFileName() + line(e, parser) + ": " + problem(e), e);
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static FerretConfig resolveStore(FerretConfig config, Path file) {
    if (config.store().path() == null) {
      return config;
    }
    Path folder = file.toAbsolutePath().getParent();
    return new FerretConfig(new StoreSettings(folder.resolve(config.store().path()).normalize().toString()),
        config.serve(), config.kafka(), config.digests());
  }

  private static String line(JsonProcessingException e, EnvironmentSubstitution parser) {
    JsonLocation location = e.getLocation();
    if (parser != null && e instanceof UnrecognizedPropertyException unknown) {
      location = orElse(parser.keyLocation(pointer(unknown.getPath())), location);
    } else if (parser != null && e instanceof ValueInstantiationException) {
      // A record refuses its values once its mapping has ended; point at where that mapping began.
      location = orElse(parser.lastObjectStart(), location);
    }
    return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
  }

  private static JsonLocation orElse(JsonLocation preferred, JsonLocation fallback) {
    return preferred != null ? preferred : fallback;
  }

  /** The JSON pointer of a path, as the parser's context spells it: {@code /kafka/topics/1/table}. */
  private static String pointer(List<JsonMappingException.Reference> references) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      pointer.append('/').append(reference.getFieldName() != null
          ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
          : Integer.toString(reference.getIndex()));
    }
    return pointer.toString();
  }

  private static String problem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      String where = path(unknown.getPath().subList(0, unknown.getPath().size() - 1));
      return "unknown key '" + unknown.getPropertyName() + "'" + (where.isEmpty() ? "" : " in " + where)
          + "; known: " + known(unknown.getKnownPropertyIds(), where.isEmpty());
    }
    String where = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
    String prefix = where.isEmpty() ? "" : where + ": ";
    if (e instanceof ValueInstantiationException refused) {
      Throwable cause = refused.getCause() != null ? refused.getCause() : refused;
      return prefix + cause.getMessage();
    }
    if (e instanceof InvalidFormatException invalid) {
      return prefix + "expected " + describe(invalid.getTargetType()) + ", got '" + invalid.getValue() + "'";
    }
    if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
      return prefix + "expected " + describe(mismatched.getTargetType());
    }
    return prefix + firstLine(e.getOriginalMessage());
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String known(Collection<Object> keys, boolean topLevel) {
    String names = keys.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    return topLevel ? names + " (and " + String.join(", ", FerretConfig.TABLES_SECTION, FerretConfig.SLACK_SECTION)
        + ", which other parts of Ferret read)" : names;
  }

  private static String describe(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "text";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "a mapping of keys to values";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable YAML";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
