package io.ferret.investigator.probe;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.investigator.semantic.SqlFragment;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.duckdb.DuckDBConnection;

/**
 * One probe's access to the store: its own DuckDB connection (a duplicate of the store's, so probes read in
 * parallel), values always bound, and a {@link #cancel} that stops the running query when the probe's deadline
 * passes.
 */
public final class Queries implements AutoCloseable {
  private final DuckDBConnection connection;
  private PreparedStatement running;
  private boolean cancelled;

  /** Queries on a connection of their own, which {@link #close} closes. */
  public Queries(DuckDBConnection connection) {
    this.connection = Objects.requireNonNull(connection, "connection is null");
  }

  /** Reads one row of a result. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Takes in one row of a result. */
  @FunctionalInterface
  public interface RowConsumer {
    void accept(ResultSet row) throws SQLException;
  }

  /** Runs a query and reads every row. */
  public <T> List<T> list(SqlFragment query, RowReader<T> reader) {
    List<T> result = new ArrayList<>();
    forEach(query, row -> result.add(reader.read(row)));
    return result;
  }

  /** Runs a query and hands every row to {@code consumer}. */
  public void forEach(SqlFragment query, RowConsumer consumer) {
    PreparedStatement statement = prepare(query);
    try (statement; ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        consumer.accept(rows);
      }
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      finished();
    }
  }

  /** Runs a query that returns exactly one row (an aggregate without GROUP BY) and reads it. */
  public <T> T one(SqlFragment query, RowReader<T> reader) {
    List<T> rows = list(query, reader);
    if (rows.size() != 1) {
      throw new IllegalStateException("expected one row, got " + rows.size() + " from " + query.sql());
    }
    return rows.get(0);
  }

  /** Stops the running query, if any, and refuses further ones: the probe has been abandoned. */
  public synchronized void cancel() {
    cancelled = true;
    if (running != null) {
      try {
        running.cancel();
      } catch (SQLException e) {
        throw failure(e);
      }
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private synchronized PreparedStatement prepare(SqlFragment query) {
    if (cancelled) {
      throw new CancellationException("abandoned at its deadline");
    }
    try {
      PreparedStatement statement = connection.prepareStatement(query.sql());
      List<Object> parameters = query.parameters();
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      running = statement;
      return statement;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private synchronized void finished() {
    running = null;
  }

  private synchronized RuntimeException failure(SQLException e) {
    if (cancelled) {
      return new CancellationException("abandoned at its deadline");
    }
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return new FerretException(ErrorCode.STORE,
        "a query failed: " + (newline < 0 ? message : message.substring(0, newline)), e);
  }
}
