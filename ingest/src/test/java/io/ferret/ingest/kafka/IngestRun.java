package io.ferret.ingest.kafka;

import static org.junit.jupiter.api.Assertions.fail;

import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.store.Store;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** A Kafka ingestor running on a store for one test, with waits that poll against a deadline. */
final class IngestRun implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final long POLL_MILLIS = 20;

  private final Store store;
  private final KafkaIngestor ingestor;

  private IngestRun(Store store, KafkaIngestor ingestor) {
    this.store = store;
    this.ingestor = ingestor;
  }

  static IngestRun start(Store store, KafkaSettings settings) {
    return start(store, settings, LandingListener.NONE);
  }

  static IngestRun start(Store store, KafkaSettings settings, LandingListener listener) {
    KafkaIngestor ingestor = new KafkaIngestor(store,
        new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())), settings, listener,
        Clock.systemUTC());
    ingestor.start();
    return new IngestRun(store, ingestor);
  }

  KafkaIngestor ingestor() {
    return ingestor;
  }

  /** Waits until this ingestor has landed (as rows or rejects) at least this many messages. */
  void awaitLanded(long messages) {
    await(() -> landed() >= messages, () -> "landed " + landed() + " of " + messages + " messages");
  }

  long landed() {
    return ingestor.status().topics().stream().mapToLong(topic -> topic.landed() + topic.rejected()).sum();
  }

  /** Polls the condition until it holds; fails early if the ingestor failed. */
  void await(BooleanSupplier condition, Supplier<String> progress) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      KafkaIngestStatus status = ingestor.status();
      if (status.state() == IngestState.FAILED) {
        fail("ingest failed: " + status.error());
      }
      if (System.nanoTime() > deadline) {
        fail("timed out after " + TIMEOUT + ": " + progress.get());
      }
      pause();
    }
  }

  /** Rows in a table of a store another thread is writing to; 0 while the table does not exist. */
  static long count(Store store, String table) {
    return number(store, "SELECT count(*) FROM information_schema.tables WHERE table_name = '" + table + "'") == 0
        ? 0 : number(store, "SELECT count(*) FROM " + table);
  }

  /** The single number a query returns. */
  static long number(Store store, String sql) {
    return Long.parseLong(lines(store, sql).get(0));
  }

  /** Each row a query returns as its values joined by '|', read on a connection of its own. */
  static List<String> lines(Store store, String sql) {
    try (Connection connection = store.connection().duplicate()) {
      // A duplicate made while the ingestor commits starts inside a transaction, whose snapshot would be stale.
      connection.setAutoCommit(true);
      return lines(connection, sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed", e);
    }
  }

  private static List<String> lines(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      List<String> lines = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringJoiner line = new StringJoiner("|");
        for (int column = 1; column <= columns; column++) {
          line.add(String.valueOf(rs.getObject(column)));
        }
        lines.add(line.toString());
      }
      return lines;
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }

  @Override
  public void close() {
    ingestor.close();
  }
}
