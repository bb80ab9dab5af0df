package io.ferret.cli.sql;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.store.Store;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Runs a user's query so that it cannot write: the store is opened read-only, and external access is switched
 * off and the configuration locked first, so neither COPY TO nor ATTACH nor INSTALL can touch files.
 */
public final class ReadOnlyQuery {
  private static final List<String> LOCK_DOWN =
      List.of("SET enable_external_access = false", "SET lock_configuration = true");
  private static final List<String> WRITE_REFUSALS =
      List.of("read-only mode", "permission error", "configuration has been locked");
  private static final List<String> QUERY_MISTAKES =
      List.of("parser error", "binder error", "catalog error", "conversion error", "not implemented error");

  private ReadOnlyQuery() {}

  /** Receives the query's result while it is open. */
  @FunctionalInterface
  public interface ResultConsumer {
    void accept(ResultSet result) throws SQLException;
  }

  /**
   * Locks the store's connection down and runs the query, handing its result to the consumer. A statement
   * without a result (such as BEGIN) calls nothing.
   */
  public static void run(Store store, String query, ResultConsumer consumer) {
    if (!store.isReadOnly()) {
      throw new IllegalStateException("ferret sql must run on a store opened read-only");
    }
    try (Statement statement = store.connection().createStatement()) {
      for (String setting : LOCK_DOWN) {
        statement.execute(setting);
      }
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "cannot lock the store down for a read-only query: "
          + firstLine(e.getMessage()), e);
    }
    try (Statement statement = store.connection().createStatement()) {
      if (statement.execute(query)) {
        try (ResultSet result = statement.getResultSet()) {
          consumer.accept(result);
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Tells a write attempt and a mistaken query (usage errors) from a failing store. */
  static FerretException failure(SQLException e) {
    String message = firstLine(e.getMessage());
    String lower = message.toLowerCase(Locale.ROOT);
    if (WRITE_REFUSALS.stream().anyMatch(lower::contains)) {
      return new FerretException(ErrorCode.USAGE, "ferret sql is read-only: " + message, e);
    }
    if (QUERY_MISTAKES.stream().anyMatch(lower::startsWith)) {
      return new FerretException(ErrorCode.USAGE, "query failed: " + message, e);
    }
    return new FerretException(ErrorCode.STORE, "query failed: " + message, e);
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message).strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
