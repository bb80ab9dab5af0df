package io.ferret.investigator.answer;

/** Text placed in markdown so that it reads as written: no accidental emphasis, links, tables or raw HTML. */
final class MarkdownText {
  /** CommonMark lets a backslash escape any ASCII punctuation; these are the ones that start markup. */
  private static final String SPECIAL = "\\`*_[]<>#|~";

  private MarkdownText() {}

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SPECIAL.indexOf(c) >= 0 && !(c == '_' && insideWord(text, i))) {
        escaped.append('\\');
      }
      escaped.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return escaped.toString();
  }

  /** An underscore between letters or digits never starts emphasis, so column names such as is_first_order stay bare. */
  private static boolean insideWord(String text, int at) {
    return at > 0 && at < text.length() - 1 && Character.isLetterOrDigit(text.charAt(at - 1))
        && Character.isLetterOrDigit(text.charAt(at + 1));
  }

  /** A code fence longer than any run of backticks in the code, so the code cannot close it early. */
  static String fence(String code) {
    int longest = 0;
    int run = 0;
    for (char c : code.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }
}
