package io.ferret.investigator.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Typo tolerance that grows with word length, and the partial reading of a phrase's last word. */
class PhraseMatcherTest {
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
      "revnue, revenue, true",       // one letter missing
      "reveune, revenue, true",      // two neighbours swapped: one edit
      "enterprize, enterprise, true",
      "entreprise, enterprise, true",
      "subscrptons, subscriptions, true",   // two edits in a long word
      "orders, order, true",         // plural
      "rate, late, false",           // short words must match exactly
      "churn, chunk, false",
      "revamp, revenue, false",
      "arr, are, false",
      "2026, 2025, false"})
  void toleratesTyposByLength(String typed, String known, boolean similar) {
    assertEquals(similar, PhraseMatcher.similar(typed, known));
  }

  @Test
  void findsPhrasesExactlyBeforeFuzzily() {
    PhraseMatcher matcher = new PhraseMatcher(List.of("why", "did", "total", "revnue", "and", "revenue", "drop"));
    assertEquals(Optional.of(PhraseMatch.of(5, 6, true)), matcher.find("revenue"));
    assertEquals(Optional.of(PhraseMatch.of(2, 4, false)), matcher.find("total revenue"));
    assertTrue(matcher.find("net revenue").isEmpty());
  }

  @Test
  void aLastWordAloneIsAWeakerReadingThanAnyWholePhrase() {
    PhraseMatcher matcher = new PhraseMatcher(List.of("why", "did", "value", "drop"));
    PhraseMatch partial = matcher.findLastWord("net value").get(0);
    assertFalse(partial.complete());
    assertTrue(partial.score() < PhraseMatch.of(2, 3, false).score());
    assertTrue(matcher.findLastWord("value").isEmpty(), "a one-word phrase has no partial reading");
  }
}
