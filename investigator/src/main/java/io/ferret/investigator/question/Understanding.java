package io.ferret.investigator.question;

import java.util.List;
import java.util.Objects;

/** The outcome of reading a question: understood, or in need of clarification. Never an exception. */
public sealed interface Understanding {

  /** The question was pinned down. */
  record Understood(Interpretation interpretation) implements Understanding {
    public Understood {
      Objects.requireNonNull(interpretation, "interpretation is null");
    }
  }

  /**
   * The question could not be pinned down: no metric matched, two readings were equally good, or the text is
   * not a question Ferret can answer.
   *
   * @param message a helpful reply, e.g. "Which measure do you mean: revenue or refunds?"
   * @param candidates the readings considered, in the words users would type
   */
  record Unclear(String message, List<String> candidates) implements Understanding {
    public Unclear {
      Objects.requireNonNull(message, "message is null");
      candidates = List.copyOf(candidates);
    }
  }
}
