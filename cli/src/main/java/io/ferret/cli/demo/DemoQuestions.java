package io.ferret.cli.demo;

import io.ferret.investigator.AskOptions;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.Investigator;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.investigator.answer.AnswerFormat;
import io.ferret.investigator.answer.AnswerRenderer;
import io.ferret.store.Store;
import java.io.PrintWriter;
import java.util.List;

/**
 * The demo's closing act: one question of each kind, asked of the freshly ingested orders and answered as
 * {@code ferret ask} would. Times are relative to the latest event, so "this week" is the planted incident's week.
 */
final class DemoQuestions {
  /** A change, a driver and a lookup question, in the words a sales-ops user would use. */
  static final List<String> QUESTIONS =
      List.of("why did revenue drop this week?", "what drives first orders?", "revenue by region this week");

  private DemoQuestions() {}

  static void ask(Store store, PrintWriter out) {
    Investigator investigator = new Investigator(store, InvestigatorSettings.defaults());
    for (String question : QUESTIONS) {
      Investigation answer = investigator.ask(question, AskOptions.defaults());
      out.println();
      out.println("$ ferret ask --db " + store.path().getFileName() + " \"" + question + "\"");
      out.println();
      out.print(AnswerRenderer.render(answer, AnswerFormat.TEXT, false));
    }
  }
}
