package io.ferret.ingest.kafka;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Objects;

/**
 * When a table's open batch is written: when it holds {@code maxRows} messages or {@code maxBytes} of message
 * values, or when its oldest message has waited {@code interval}, whichever comes first.
 *
 * <p>The interval bounds how long an event waits before it is queryable; the sizes bound memory.
 */
public record FlushPolicy(int maxRows, long maxBytes, Duration interval) {
  public static final String MAX_ROWS_CONFIG = "max_rows";
  public static final int DEFAULT_MAX_ROWS = 65_536;
  public static final String MAX_BYTES_CONFIG = "max_bytes";
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
  public static final String INTERVAL_MS_CONFIG = "interval_ms";
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

  public FlushPolicy {
    if (maxRows < 1) {
      throw new IllegalArgumentException(MAX_ROWS_CONFIG + " must be at least 1, got " + maxRows);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException(MAX_BYTES_CONFIG + " must be at least 1, got " + maxBytes);
    }
    Objects.requireNonNull(interval, "interval is null");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException(INTERVAL_MS_CONFIG + " must be at least 1, got " + interval.toMillis());
    }
  }

  /** Reads the {@code flush:} section; absent keys take their defaults. */
  @JsonCreator
  public static FlushPolicy of(
      @JsonProperty(MAX_ROWS_CONFIG) Integer maxRows,
      @JsonProperty(MAX_BYTES_CONFIG) Long maxBytes,
      @JsonProperty(INTERVAL_MS_CONFIG) Long intervalMillis) {
    return new FlushPolicy(
        maxRows == null ? DEFAULT_MAX_ROWS : maxRows,
        maxBytes == null ? DEFAULT_MAX_BYTES : maxBytes,
        intervalMillis == null ? DEFAULT_INTERVAL : Duration.ofMillis(intervalMillis));
  }

  public static FlushPolicy defaults() {
    return new FlushPolicy(DEFAULT_MAX_ROWS, DEFAULT_MAX_BYTES, DEFAULT_INTERVAL);
  }

  public FlushPolicy withMaxRows(int rows) {
    return new FlushPolicy(rows, maxBytes, interval);
  }

  public FlushPolicy withInterval(Duration wait) {
    return new FlushPolicy(maxRows, maxBytes, wait);
  }
}
