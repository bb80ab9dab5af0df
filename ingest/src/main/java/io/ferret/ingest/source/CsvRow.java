package io.ferret.ingest.source;

import java.util.List;

/**
 * One CSV record as the parser saw it.
 *
 * @param line 1-based physical line the row starts on
 * @param fields the values in order; only a prefix when the row is over the size limit
 * @param fieldCount how many values the row has, including any not kept in {@code fields}
 * @param chars length of the row in characters, without its line break
 * @param error why the row could not be parsed, or null
 */
record CsvRow(long line, List<String> fields, int fieldCount, long chars, String error) {

  /** An empty line: the parser reports it as one empty value taking no characters (a quoted "" takes two). */
  boolean isBlank() {
    return error == null && fieldCount == 1 && chars == 0;
  }

  /**
   * The values joined back with commas, which is good enough to recognise the row: quoting is lost, and after a
   * parse error the bad value is missing while the parser's resumption may add an empty one.
   */
  String raw() {
    return String.join(",", fields);
  }
}
