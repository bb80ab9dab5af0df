package io.ferret.investigator.question;

/**
 * Where a phrase matched the question's tokens, and how well.
 *
 * @param start first token index
 * @param end token index after the last
 * @param exact whether the words matched exactly rather than fuzzily
 * @param complete whether the whole phrase matched, rather than only its last word ("value" for "net value")
 */
record PhraseMatch(int start, int end, boolean exact, boolean complete) {
  /** A whole phrase, matched exactly or fuzzily. */
  static PhraseMatch of(int start, int end, boolean exact) {
    return new PhraseMatch(start, end, exact, true);
  }

  int length() {
    return end - start;
  }

  /** Longer matches are stronger readings, then complete ones, then exact ones. */
  int score() {
    return length() * 4 + (complete ? 2 : 0) + (exact ? 1 : 0);
  }

  boolean overlaps(PhraseMatch other) {
    return start < other.end && other.start < end;
  }
}
