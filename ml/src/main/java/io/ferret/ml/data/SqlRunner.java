package io.ferret.ml.data;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs the loader's small profiling queries with bound parameters and reads their rows. */
final class SqlRunner {
  private final Connection connection;

  SqlRunner(Connection connection) {
    this.connection = connection;
  }

  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  <T> List<T> rows(String sql, List<Object> parameters, RowReader<T> reader) {
    try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(reader.read(rows));
      }
      return result;
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "query failed: " + e.getMessage(), e);
    }
  }

  PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }
}
