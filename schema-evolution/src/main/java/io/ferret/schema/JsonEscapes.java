package io.ferret.schema;

import java.nio.charset.StandardCharsets;

/** Decodes the text of a JSON string that holds backslash escapes, as a JSON parser reads it. */
final class JsonEscapes {
  private static final int HEX_DIGITS = 4;

  private JsonEscapes() {}

  /**
   * The text of the JSON string whose content, between its quotes, is the UTF-8 {@code utf8[from, to)}; null
   * when an escape is not one JSON defines.
   */
  static String unescape(byte[] utf8, int from, int to) {
    StringBuilder text = new StringBuilder(to - from);
    int runStart = from;
    int i = from;
    while (i < to) {
      if (utf8[i] != '\\') {
        i++;
        continue;
      }
      text.append(new String(utf8, runStart, i - runStart, StandardCharsets.UTF_8));
      if (i + 1 >= to) {
        return null;
      }
      byte escape = utf8[i + 1];
      i += 2;
      switch (escape) {
        case '"', '\\', '/' -> text.append((char) escape);
        case 'b' -> text.append('\b');
        case 'f' -> text.append('\f');
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case 'u' -> {
          int code = hex(utf8, i, to);
          if (code < 0) {
            return null;
          }
          text.append((char) code);
          i += HEX_DIGITS;
        }
        default -> {
          return null;
        }
      }
      runStart = i;
    }
    return text.append(new String(utf8, runStart, to - runStart, StandardCharsets.UTF_8)).toString();
  }

  /** The four hex digits at {@code at} as a number, or -1. */
  private static int hex(byte[] utf8, int at, int to) {
    if (to - at < HEX_DIGITS) {
      return -1;
    }
    int code = 0;
    for (int i = at; i < at + HEX_DIGITS; i++) {
      int digit = Character.digit(utf8[i], 16);
      if (digit < 0) {
        return -1;
      }
      code = 16 * code + digit;
    }
    return code;
  }
}
