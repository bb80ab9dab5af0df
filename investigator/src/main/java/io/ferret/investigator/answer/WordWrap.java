package io.ferret.investigator.answer;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.WordUtils;

/** Word wrapping for terminals, with a prefix for the first line and another for the rest (hanging indents). */
final class WordWrap {
  private WordWrap() {}

  /**
   * The text's lines, each prefixed and at most {@code width} long where the words allow; a word longer than
   * the line (a long column name) keeps a line of its own rather than being cut.
   *
   * @param first the prefix of the first line, such as "  1. "
   * @param rest the prefix of the others, usually spaces as wide as {@code first}
   */
  static List<String> lines(String text, int width, String first, String rest) {
    int room = width - Math.max(first.length(), rest.length());
    List<String> lines = new ArrayList<>();
    for (String line : WordUtils.wrap(text.strip(), room, "\n", false).split("\n")) {
      lines.add((lines.isEmpty() ? first : rest) + line);
    }
    return lines;
  }
}
