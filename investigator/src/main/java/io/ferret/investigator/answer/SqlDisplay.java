package io.ferret.investigator.answer;

import io.ferret.investigator.semantic.SqlFragment;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/** SQL for people to read, with values written as literals. For display only: Ferret never runs it. */
final class SqlDisplay {
  private SqlDisplay() {}

  /** The fragment with each {@code ?} placeholder, outside quotes, replaced by its value. */
  static String inline(SqlFragment fragment) {
    StringBuilder text = new StringBuilder();
    Iterator<Object> values = fragment.parameters().iterator();
    char quote = 0;
    for (char c : fragment.sql().toCharArray()) {
      if (quote != 0) {
        quote = c == quote ? 0 : quote; // a doubled quote closes and reopens, which reads the same
        text.append(c);
      } else if (c == '\'' || c == '"') {
        quote = c;
        text.append(c);
      } else if (c == '?') {
        if (!values.hasNext()) {
          throw new IllegalStateException("more placeholders than parameters in " + fragment.sql());
        }
        text.append(literal(values.next()));
      } else {
        text.append(c);
      }
    }
    if (values.hasNext()) {
      throw new IllegalStateException("more parameters than placeholders in " + fragment.sql());
    }
    return text.toString();
  }

  /** A value as a SQL literal: numbers and booleans bare, anything else quoted. */
  static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(SqlDisplay::literal).collect(Collectors.joining(", ", "(", ")"));
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }
}
