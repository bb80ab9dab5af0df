package io.ferret.investigator.question;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question reduced to what matching needs: lower case, single spaces, letters, digits and the few marks that
 * appear in column values and dates. Emoji and punctuation go; nothing of this text ever reaches SQL.
 */
record QuestionText(String normalized, List<String> tokens) {
  static final int MAX_LENGTH = 500;
  private static final Pattern SQL = Pattern.compile(
      "\\b(select\\b.+\\bfrom|insert\\s+into|update\\b.+\\bset|delete\\s+from|drop\\s+(table|view|database)"
          + "|create\\s+(table|view)|alter\\s+table|union\\s+select|attach|copy\\b.+\\bto)\\b|;\\s*--|--\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  static QuestionText of(String question) {
    String text = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\-_.:/' ]+", " ")
        .replaceAll("(?<![\\p{L}\\p{N}])'|'(?![\\p{L}\\p{N}])", " ")
        .replaceAll("\\.(?!\\d)", " ")
        .replaceAll("\\s+", " ")
        .strip();
    return new QuestionText(text, text.isEmpty() ? List.of() : Arrays.asList(text.split(" ")));
  }

  static boolean looksLikeSql(String question) {
    return SQL.matcher(question).find();
  }

  /** Whether any word is in English letters at all: questions in other scripts get a clear reply. */
  boolean hasLatinWords() {
    return tokens.stream().anyMatch(t -> t.chars().anyMatch(c -> c >= 'a' && c <= 'z'));
  }
}
