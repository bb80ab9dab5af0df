package io.ferret.cli.serve;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.cli.digest.DigestScheduler;
import io.ferret.cli.status.StatusAssembler;
import io.ferret.cli.status.StatusReport;
import io.ferret.ingest.kafka.IngestState;
import io.ferret.ingest.kafka.KafkaIngestStatus;
import io.ferret.ingest.kafka.KafkaIngestor;
import io.ferret.ingest.kafka.KafkaSettings;
import io.ferret.ingest.kafka.LandingListener;
import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.investigator.Investigator;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.investigator.digest.DigestSink;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.store.Store;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One {@code ferret serve} process: the store, Kafka ingest into it, and the HTTP API over both. DuckDB allows
 * one writing process, so everything that writes the store runs here.
 */
public final class FerretServer implements AutoCloseable {
  private final Store store;
  private final Optional<KafkaIngestor> ingest;
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private HttpApi api;
  private DigestScheduler digests;
  private FerretConfig config;
  private InvestigatorSettings questions;

  private FerretServer(Store store, Optional<KafkaIngestor> ingest) {
    this.store = store;
    this.ingest = ingest;
  }

  /**
   * Opens the store, starts Kafka ingest if configured, and starts answering HTTP.
   *
   * @param questions how {@code /ask} investigates, with the semantic layer's file if any
   */
  public static FerretServer start(FerretConfig config, Path database, InvestigatorSettings questions) {
    Store store = Store.open(database);
    FerretServer server = new FerretServer(store, config.kafka().map(kafka -> ingestor(store, kafka)));
    try {
      server.ingest.ifPresent(KafkaIngestor::start);
      server.api = HttpApi.start(config.serve(), server::health, server::status,
          new AskEndpoint(store, new Investigator(store, questions)));
      server.config = config;
      server.questions = questions;
      return server;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private static KafkaIngestor ingestor(Store store, KafkaSettings settings) {
    return new KafkaIngestor(store, new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())),
        settings, LandingListener.NONE, Clock.systemUTC());
  }

  /**
   * Starts the configured digests' schedules, posting to {@code sink}: the Slack app when one runs, else the
   * server's output. Separate from {@link #start}, since the Slack app needs the started server's store.
   */
  public synchronized void startDigests(Optional<DigestSink> sink) {
    if (!config.digests().isEmpty() && digests == null) {
      digests = new DigestScheduler(store, questions, config.digests(),
          sink.orElseGet(PrintedDigests::toStandardOutput), Clock.systemUTC());
      digests.start();
    }
  }

  /** The HTTP API's address, such as {@code http://127.0.0.1:8765}. */
  public URI address() {
    return api.address();
  }

  public Path database() {
    return store.path();
  }

  /** The store, for parts that run in this process beside the API, such as the Slack app. */
  public Store store() {
    return store;
  }

  /**
   * Waits until the server is closed, or until Kafka ingest fails, which is thrown: the process should end
   * then, so that whatever supervises it restarts it and ingest resumes from the stored offsets.
   */
  public void awaitStop() {
    CompletableFuture<Void> ingestEnd = ingest.map(KafkaIngestor::termination).orElseGet(CompletableFuture::new);
    try {
      CompletableFuture.anyOf(closed, ingestEnd).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof FerretException ferret) {
        throw new FerretException(ferret.code(), "Kafka ingest stopped: " + ferret.getMessage(), ferret);
      }
      throw new FerretException(ErrorCode.INTERNAL, "Kafka ingest stopped: " + cause, cause);
    }
  }

  private Health health() {
    Optional<KafkaIngestStatus> status = ingest.map(KafkaIngestor::status);
    if (status.isEmpty()) {
      return new Health("ok", StatusAssembler.NOT_CONFIGURED, null);
    }
    IngestState state = status.get().state();
    return new Health(state == IngestState.FAILED ? "failing" : "ok", state.name().toLowerCase(Locale.ROOT),
        status.get().error());
  }

  /** The status report {@code GET /status} answers and {@code ferret status --server} shows. */
  public StatusReport status() {
    try (Connection connection = store.connection().duplicate()) {
      // A duplicate made while a batch commits would start inside a transaction and see a stale snapshot.
      connection.setAutoCommit(true);
      return StatusAssembler.fromServer("server " + address(), connection, ingest.map(KafkaIngestor::status));
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "reading the store's status failed: " + e.getMessage(), e);
    }
  }

  /** Stops answering, lands everything Kafka ingest has read, and closes the store. */
  @Override
  public synchronized void close() {
    if (closed.isDone()) {
      return;
    }
    try {
      if (api != null) {
        api.close();
      }
      if (digests != null) {
        digests.close();
      }
      ingest.ifPresent(KafkaIngestor::close);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FerretException(ErrorCode.INTERNAL, "interrupted while stopping the digest scheduler", e);
    } finally {
      store.close();
      closed.complete(null);
    }
  }
}
