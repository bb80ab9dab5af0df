package io.ferret.cli.sql;

import io.ferret.cli.text.TextTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole query result into a {@link TextTable}, numbers right-aligned and SQL NULL shown as NULL. */
public final class ResultTableReader {
  static final String NULL_TEXT = "NULL";

  private ResultTableReader() {}

  public static TextTable read(ResultSet result) throws SQLException {
    ResultColumns columns = ResultColumns.of(result.getMetaData());
    List<List<String>> rows = new ArrayList<>();
    while (result.next()) {
      List<String> row = new ArrayList<>(columns.size());
      for (int c = 0; c < columns.size(); c++) {
        String text = ResultValues.text(ResultValues.read(result, c + 1, columns.typeNames().get(c)));
        row.add(text == null ? NULL_TEXT : text);
      }
      rows.add(row);
    }
    return new TextTable(columns.names(), columns.numeric(), rows);
  }
}
