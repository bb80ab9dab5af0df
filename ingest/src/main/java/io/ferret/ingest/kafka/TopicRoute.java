package io.ferret.ingest.kafka;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.ferret.FerretException;
import io.ferret.store.TableNames;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which Kafka topics land in which table, and which message metadata becomes columns. Metadata columns replace
 * a field of the same name in the message, so pick names the producers do not use.
 *
 * @param topic an exact topic name; null when {@code pattern} is given
 * @param pattern a regular expression that whole topic names match; null when {@code topic} is given
 * @param table the table the messages land in
 * @param keyColumn the column for the message key as UTF-8 text; null to leave keys out
 * @param timestampColumn the column for the message timestamp (ISO-8601, UTC); null to leave it out
 * @param headerColumns header name to column, for the headers to keep as text; the last one wins when a
 *     header repeats
 */
public record TopicRoute(
    String topic,
    String pattern,
    String table,
    String keyColumn,
    String timestampColumn,
    Map<String, String> headerColumns) {
  public static final String TOPIC_CONFIG = "topic";
  public static final String PATTERN_CONFIG = "pattern";
  public static final String TABLE_CONFIG = "table";
  public static final String KEY_COLUMN_CONFIG = "key_column";
  public static final String TIMESTAMP_COLUMN_CONFIG = "timestamp_column";
  public static final String HEADERS_CONFIG = "headers";

  @JsonCreator
  public TopicRoute(
      @JsonProperty(TOPIC_CONFIG) String topic,
      @JsonProperty(PATTERN_CONFIG) String pattern,
      @JsonProperty(TABLE_CONFIG) String table,
      @JsonProperty(KEY_COLUMN_CONFIG) String keyColumn,
      @JsonProperty(TIMESTAMP_COLUMN_CONFIG) String timestampColumn,
      @JsonProperty(HEADERS_CONFIG) Map<String, String> headerColumns) {
    if ((topic == null) == (pattern == null)) {
      throw new IllegalArgumentException("give either " + TOPIC_CONFIG + " or " + PATTERN_CONFIG + ", not "
          + (topic == null ? "neither" : "both"));
    }
    if (pattern != null) {
      requireValidPattern(pattern);
    }
    if (table == null) {
      throw new IllegalArgumentException(TABLE_CONFIG + " is missing for "
          + (topic != null ? "topic " + topic : "pattern " + pattern));
    }
    requireValidTable(table);
    this.topic = topic;
    this.pattern = pattern;
    this.table = table;
    this.keyColumn = keyColumn;
    this.timestampColumn = timestampColumn;
    this.headerColumns = headerColumns == null ? Map.of() : copyInOrder(headerColumns);
  }

  /** A route for one exact topic and no metadata columns. */
  public static TopicRoute topic(String topic, String table) {
    return new TopicRoute(topic, null, table, null, null, null);
  }

  /** A route for every topic whose whole name matches the regular expression, and no metadata columns. */
  public static TopicRoute pattern(String pattern, String table) {
    return new TopicRoute(null, pattern, table, null, null, null);
  }

  public TopicRoute withKeyColumn(String column) {
    return new TopicRoute(topic, pattern, table, column, timestampColumn, headerColumns);
  }

  public TopicRoute withTimestampColumn(String column) {
    return new TopicRoute(topic, pattern, table, keyColumn, column, headerColumns);
  }

  public TopicRoute withHeaderColumn(String header, String column) {
    Map<String, String> headers = new LinkedHashMap<>(headerColumns);
    headers.put(header, column);
    return new TopicRoute(topic, pattern, table, keyColumn, timestampColumn, headers);
  }

  /** True when message metadata (key, timestamp or headers) becomes columns. */
  public boolean hasMetadataColumns() {
    return keyColumn != null || timestampColumn != null || !headerColumns.isEmpty();
  }

  /** True when this route takes messages of the named topic. */
  public boolean matches(String topicName) {
    return topic != null ? topic.equals(topicName) : Pattern.matches(pattern, topicName);
  }

  /** The topic or pattern, as the configuration gave it. */
  public String describe() {
    return topic != null ? topic : "/" + pattern + "/";
  }

  private static void requireValidPattern(String pattern) {
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(PATTERN_CONFIG + " '" + pattern + "' is not a regular expression: "
          + e.getDescription(), e);
    }
  }

  private static void requireValidTable(String table) {
    try {
      TableNames.requireValid(table);
    } catch (FerretException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static Map<String, String> copyInOrder(Map<String, String> headers) {
    Map<String, String> copy = new LinkedHashMap<>();
    headers.forEach((header, column) -> copy.put(Objects.requireNonNull(header, "header is null"),
        Objects.requireNonNull(column, "column for header " + header + " is null")));
    return Collections.unmodifiableMap(copy);
  }
}
