package io.ferret.cli.text;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** How the CLI indents JSON: two spaces, one array element per line, and {@code "key": value}. */
public final class JsonStyle {
  private JsonStyle() {}

  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withArrayEmptySeparator("")
        .withObjectEmptySeparator(""));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    return printer;
  }
}
