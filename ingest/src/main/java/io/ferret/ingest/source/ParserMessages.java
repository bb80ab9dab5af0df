package io.ferret.ingest.source;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Shortens a parser's error message to a reject reason: its first line, without the source-location and
 * configuration-method references that Jackson appends for developers.
 */
final class ParserMessages {
  private static final String SOURCE_REFERENCE = "[Source:";
  private static final Pattern CONSTRAINT_METHOD = Pattern.compile(", from `[^`]*`");

  private ParserMessages() {}

  static String shortReason(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable input";
    }
    String reason = message.strip();
    int lineBreak = reason.indexOf('\n');
    if (lineBreak >= 0) {
      reason = reason.substring(0, lineBreak).strip();
    }
    int source = reason.indexOf(SOURCE_REFERENCE);
    if (source >= 0) {
      int openingParenthesis = reason.lastIndexOf(" (", source);
      reason = reason.substring(0, openingParenthesis >= 0 ? openingParenthesis : source).strip();
    }
    reason = CONSTRAINT_METHOD.matcher(reason).replaceAll("");
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }
}
