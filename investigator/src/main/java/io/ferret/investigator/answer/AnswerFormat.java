package io.ferret.investigator.answer;

import java.util.Locale;

/** The ways an answer is written: for a terminal, for chat and docs, as a report, and for programs. */
public enum AnswerFormat {
  /** Plain text wrapped for a terminal, without colours. */
  TEXT,
  /** Markdown, for chat and documents. */
  MARKDOWN,
  /** A self-contained HTML report with charts. */
  HTML,
  /** The stable {@code ask} JSON contract. */
  JSON;

  /** The lower-case name users type, e.g. {@code --format markdown}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
