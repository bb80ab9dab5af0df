package io.ferret.investigator.question;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question reduced to what matching needs: single spaces, letters, digits and the few marks that appear in
 * dates and times. Emoji and punctuation go, and so do hyphens and underscores between letters, so that
 * "mid-market", "mid_market" and "mid market" read alike. Nothing of this text ever reaches SQL.
 *
 * @param normalized the tokens in lower case, joined by single spaces
 * @param tokens the words in lower case
 * @param casedTokens the same words as typed, for values that are also common words ("US" but not "us")
 */
record QuestionText(String normalized, List<String> tokens, List<String> casedTokens) {
  static final int MAX_LENGTH = 500;
  private static final Pattern SQL = Pattern.compile(
      "\\b(select\\b.+\\bfrom|insert\\s+into|update\\b.+\\bset|delete\\s+from|drop\\s+(table|view|database)"
          + "|create\\s+(table|view)|alter\\s+table|union\\s+select|attach|copy\\b.+\\bto)\\b|;\\s*--|--\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  static QuestionText of(String question) {
    String text = Normalizer.normalize(question, Normalizer.Form.NFKC)
        .replaceAll("[^\\p{L}\\p{N}\\-_.:/' ]+", " ")
        .replaceAll("(?<![\\p{L}\\p{N}])'|'(?![\\p{L}\\p{N}])", " ")
        .replaceAll("(?<=\\p{L})[-_]+(?=\\p{L})", " ")
        .replaceAll("\\.(?!\\d)", " ")
        .replaceAll("\\s+", " ")
        .strip();
    List<String> cased = text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    List<String> tokens = cased.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    return new QuestionText(String.join(" ", tokens), tokens, Collections.unmodifiableList(cased));
  }

  static boolean looksLikeSql(String question) {
    return SQL.matcher(question).find();
  }

  /** Whether any word is in English letters at all: questions in other scripts get a clear reply. */
  boolean hasLatinWords() {
    return tokens.stream().anyMatch(t -> t.chars().anyMatch(c -> c >= 'a' && c <= 'z'));
  }

  /** The words a match covers, as typed in lower case: for notes such as "'revnue' read as 'revenue'". */
  String words(PhraseMatch where) {
    return String.join(" ", tokens.subList(where.start(), where.end()));
  }
}
