package io.ferret.cli.sql;

import io.ferret.cli.text.Numbers;
import io.ferret.cli.text.TableRenderer;
import io.ferret.cli.text.TextTable;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Prints a query result as an aligned text table followed by its row count, like psql. */
public final class ResultTableWriter {
  private ResultTableWriter() {}

  public static void write(ResultSet result, PrintWriter out) throws SQLException {
    TextTable table = ResultTableReader.read(result);
    TableRenderer.render(table, out);
    out.println("(" + Numbers.count(table.rows().size(), "row", "rows") + ")");
  }
}
