package io.ferret.investigator.answer;

import io.ferret.investigator.Investigation;
import java.util.Objects;

/** Writes an investigation as an answer; rendering reads only the investigation, never the store. */
public final class AnswerRenderer {
  private AnswerRenderer() {}

  /**
   * The answer in {@code format}.
   *
   * @param explain add each finding's recipe (query and parameters, model and settings, seed, sample) to text,
   *     markdown and html; JSON always carries the recipes
   */
  public static String render(Investigation investigation, AnswerFormat format, boolean explain) {
    Objects.requireNonNull(investigation, "investigation is null");
    Objects.requireNonNull(format, "format is null");
    return switch (format) {
      case TEXT -> AnswerLayout.write(investigation, explain, new TextDocument());
      case MARKDOWN -> AnswerLayout.write(investigation, explain, new MarkdownDocument());
      case HTML -> AnswerLayout.write(investigation, explain, new HtmlDocument(AnswerCharts.of(investigation)));
      case JSON -> JsonAnswer.write(investigation);
    };
  }
}
