package io.ferret.investigator.answer;

import java.util.List;

/** The blocks a prose answer is built from; each format spells them its own way and escapes its own text. */
interface AnswerDocument {
  /** The question, as the document's title. */
  void title(String question);

  /** The opening sentence: the answer itself. */
  void headline(String text);

  /** Starts a section. */
  void section(String heading);

  void paragraph(String text);

  void bullets(List<String> items);

  /** Ranked findings, each with its confidence and, when explaining, its recipe. */
  void findings(List<FindingView> findings);

  /** A table; every row has as many cells as the header. */
  void table(List<String> header, List<List<String>> rows);

  /** The answer's charts, in formats that can show pictures. */
  void charts();

  /** The whole document. */
  String finish();
}
