package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.cli.text.TableRenderer;
import io.ferret.cli.text.TextTable;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TableRendererTest {
  @Test
  void alignsTextLeftAndNumbersRightUnderARule() {
    TextTable table = TextTable.builder("region", "orders").rightAlign(1)
        .row("EMEA", "12")
        .row("LATAM", "1,204")
        .build();

    assertEquals("""
         region | orders
        --------+--------
         EMEA   |     12
         LATAM  |  1,204
        """, render(table));
  }

  @Test
  void escapesLineBreaksSoEveryRowStaysOnOneLine() {
    TextTable table = TextTable.builder("note").row("two\nlines").row((String) null).build();

    assertEquals("""
         note
        ------------
         two\\nlines
        \s
        """, render(table));
  }

  private static String render(TextTable table) {
    StringWriter out = new StringWriter();
    TableRenderer.render(table, new PrintWriter(out));
    return out.toString();
  }
}
