package io.ferret.investigator.question;

/**
 * Where a phrase matched the question's tokens, and how well.
 *
 * @param start first token index
 * @param end token index after the last
 * @param exact whether the words matched exactly rather than fuzzily
 */
record PhraseMatch(int start, int end, boolean exact) {
  int length() {
    return end - start;
  }

  /** Longer and exact matches are stronger readings. */
  int score() {
    return length() * 2 + (exact ? 1 : 0);
  }

  boolean overlaps(PhraseMatch other) {
    return start < other.end && other.start < end;
  }
}
