package io.ferret.investigator.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds phrases among a question's tokens, forgiving typos: one edit in words of 5 to 7 letters, two from 8, a
 * swap of two neighbouring letters counting as one edit (as in Damerau-Levenshtein). Short words must match
 * exactly, or "late" would match "rate".
 */
final class PhraseMatcher {
  private static final LevenshteinDistance UP_TO_TWO_EDITS = new LevenshteinDistance(2);

  private final List<String> tokens;

  PhraseMatcher(List<String> tokens) {
    this.tokens = tokens;
  }

  /** The best place the phrase matches, preferring exact matches, or empty. */
  Optional<PhraseMatch> find(String phrase) {
    List<PhraseMatch> all = findAll(phrase);
    return all.stream().filter(PhraseMatch::exact).findFirst().or(() -> all.stream().findFirst());
  }

  /** Every place the phrase matches exactly or fuzzily. */
  List<PhraseMatch> findAll(String phrase) {
    List<PhraseMatch> all = new ArrayList<>();
    for (int start = 0; start < tokens.size(); start++) {
      at(phrase, start).ifPresent(all::add);
    }
    return all;
  }

  /** The phrase matched starting at token {@code start}, exactly or fuzzily, or empty. */
  Optional<PhraseMatch> at(String phrase, int start) {
    String[] words = phrase.split(" ");
    if (start + words.length > tokens.size()) {
      return Optional.empty();
    }
    boolean exact = true;
    for (int i = 0; i < words.length; i++) {
      String token = tokens.get(start + i);
      if (!token.equals(words[i])) {
        exact = false;
        if (!similar(token, words[i])) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(PhraseMatch.of(start, start + words.length, exact));
  }

  /**
   * Where the last word of a phrase of several words stands alone, exactly: "value" for "net value". A weaker
   * reading than any whole phrase, so that two metrics sharing it make the question ambiguous instead of one
   * winning by accident.
   */
  List<PhraseMatch> findLastWord(String phrase) {
    int space = phrase.lastIndexOf(' ');
    if (space < 0) {
      return List.of();
    }
    String last = phrase.substring(space + 1);
    List<PhraseMatch> all = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).equals(last)) {
        all.add(new PhraseMatch(i, i + 1, true, false));
      }
    }
    return all;
  }

  static boolean similar(String token, String word) {
    int shorter = Math.min(token.length(), word.length());
    if (shorter < 5 || !token.chars().allMatch(Character::isLetter)) {
      return false;
    }
    int allowed = shorter >= 8 ? 2 : 1;
    int distance = UP_TO_TWO_EDITS.apply(token, word);
    return distance >= 0 && distance <= allowed || swapped(token, word) || plural(token, word);
  }

  /** One swap of neighbouring letters, which Levenshtein counts as two edits: "reveune" for "revenue". */
  private static boolean swapped(String token, String word) {
    if (token.length() != word.length()) {
      return false;
    }
    int first = 0;
    while (first < token.length() && token.charAt(first) == word.charAt(first)) {
      first++;
    }
    return first + 1 < token.length()
        && token.charAt(first) == word.charAt(first + 1) && token.charAt(first + 1) == word.charAt(first)
        && token.substring(first + 2).equals(word.substring(first + 2));
  }

  private static boolean plural(String token, String word) {
    return token.equals(word + "s") || word.equals(token + "s");
  }
}
