package io.ferret.investigator.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds phrases among a question's tokens, forgiving typos: one edit in words of 5 to 7 letters, two from 8.
 * Short words must match exactly, or "late" would match "rate".
 */
final class PhraseMatcher {
  private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

  private final List<String> tokens;

  PhraseMatcher(List<String> tokens) {
    this.tokens = tokens;
  }

  /** The best place the phrase matches, preferring exact matches, or empty. */
  Optional<PhraseMatch> find(String phrase) {
    List<PhraseMatch> all = findAll(phrase);
    return all.stream().filter(PhraseMatch::exact).findFirst().or(() -> all.stream().findFirst());
  }

  /** Every place a single word or phrase matches exactly or fuzzily. */
  List<PhraseMatch> findAll(String phrase) {
    List<PhraseMatch> all = new ArrayList<>();
    String[] words = phrase.split(" ");
    for (int start = 0; start + words.length <= tokens.size(); start++) {
      boolean exact = true;
      boolean matches = true;
      for (int i = 0; i < words.length && matches; i++) {
        String token = tokens.get(start + i);
        if (!token.equals(words[i])) {
          exact = false;
          matches = similar(token, words[i]);
        }
      }
      if (matches) {
        all.add(new PhraseMatch(start, start + words.length, exact));
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
    int distance = TWO_EDITS.apply(token, word);
    return distance >= 0 && distance <= allowed || plural(token, word);
  }

  private static boolean plural(String token, String word) {
    return token.equals(word + "s") || word.equals(token + "s");
  }
}
