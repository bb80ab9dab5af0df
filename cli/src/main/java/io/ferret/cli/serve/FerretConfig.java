package io.ferret.cli.serve;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.ferret.cli.digest.DigestConfig;
import io.ferret.ingest.kafka.KafkaSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The sections of {@code ferret.yml} that {@code ferret serve} reads. The semantic layer ({@code tables:}) and the
 * Slack app ({@code slack:}) have sections of their own, read by their modules; any other top-level key is an
 * error, so that a misspelt section is not silently ignored.
 *
 * @param store the store to write
 * @param serve the HTTP API's address
 * @param kafka Kafka ingest; empty when the file has no {@code kafka:} section
 * @param digests the scheduled digests, each with a unique name
 */
@JsonIgnoreProperties({FerretConfig.TABLES_SECTION, FerretConfig.SLACK_SECTION})
public record FerretConfig(
    StoreSettings store, ServeSettings serve, Optional<KafkaSettings> kafka, List<DigestConfig> digests) {
  public static final String STORE_SECTION = "store";
  public static final String SERVE_SECTION = "serve";
  public static final String KAFKA_SECTION = "kafka";
  static final String TABLES_SECTION = "tables";
  static final String SLACK_SECTION = "slack";
  public static final String DIGESTS_SECTION = "digests";

  public FerretConfig {
    Objects.requireNonNull(store, "store is null");
    Objects.requireNonNull(serve, "serve is null");
    Objects.requireNonNull(kafka, "kafka is null; use Optional.empty()");
    digests = List.copyOf(digests);
    Set<String> names = new HashSet<>();
    for (DigestConfig digest : digests) {
      if (!names.add(digest.name())) {
        throw new IllegalArgumentException("two digests are named " + digest.name() + "; names must be unique");
      }
    }
  }

  /** A configuration without digests. */
  public FerretConfig(StoreSettings store, ServeSettings serve, Optional<KafkaSettings> kafka) {
    this(store, serve, kafka, List.of());
  }

  @JsonCreator
  public static FerretConfig of(
      @JsonProperty(STORE_SECTION) StoreSettings store,
      @JsonProperty(SERVE_SECTION) ServeSettings serve,
      @JsonProperty(KAFKA_SECTION) KafkaSettings kafka,
      @JsonProperty(DIGESTS_SECTION) List<DigestConfig> digests) {
    return new FerretConfig(store == null ? StoreSettings.defaults() : store,
        serve == null ? ServeSettings.defaults() : serve, Optional.ofNullable(kafka),
        digests == null ? List.of() : digests);
  }

  /** The configuration of an empty file: every default, and no Kafka ingest. */
  public static FerretConfig defaults() {
    return of(null, null, null, null);
  }
}
