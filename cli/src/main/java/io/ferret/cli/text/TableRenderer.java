package io.ferret.cli.text;

import java.io.PrintWriter;
import java.util.List;

/**
 * Draws a {@link TextTable} as aligned columns, the way psql does:
 *
 * <pre>
 *  region | orders
 * --------+-------
 *  EMEA   |    412
 * </pre>
 *
 * <p>Line breaks and tabs inside cells are shown escaped so that every row stays on one line.
 */
public final class TableRenderer {
  private TableRenderer() {}

  public static void render(TextTable table, PrintWriter out) {
    int columns = table.headers().size();
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = width(table.headers().get(c));
    }
    for (List<String> row : table.rows()) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], width(cell(row.get(c))));
      }
    }
    out.println(line(table.headers(), widths, table.rightAligned()));
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < columns; c++) {
      rule.append(c == 0 ? "" : "+").append("-".repeat(widths[c] + 2));
    }
    out.println(rule);
    for (List<String> row : table.rows()) {
      out.println(line(row, widths, table.rightAligned()));
    }
    out.flush();
  }

  private static String line(List<String> cells, int[] widths, List<Boolean> rightAligned) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String text = cell(cells.get(c));
      String padding = " ".repeat(widths[c] - width(text));
      line.append(c == 0 ? " " : " | ");
      if (rightAligned.get(c)) {
        line.append(padding).append(text);
      } else {
        line.append(text).append(c == widths.length - 1 ? "" : padding);
      }
    }
    return line.toString();
  }

  private static String cell(String value) {
    if (value == null) {
      return "";
    }
    return value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
