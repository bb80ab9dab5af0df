package io.ferret.investigator.answer;

import io.ferret.investigator.Finding;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.ProbeRun;
import io.ferret.investigator.finding.NumberText;
import java.util.List;

/**
 * The order of a prose answer, the same in text, markdown and html: the headline; what to pin down or the
 * lookup's result; up to three findings and the charts; what was ruled out; caveats; how the question was read;
 * the probes that ran. Parts with nothing to say are left out.
 */
final class AnswerLayout {
  /** Findings prose shows; the JSON answer carries them all. */
  static final int SHOWN_FINDINGS = 3;

  private AnswerLayout() {}

  static String write(Investigation investigation, boolean explain, AnswerDocument document) {
    document.title(investigation.question());
    document.headline(investigation.summary());
    if (investigation.clarification() != null) {
      list(document, "Did you mean", investigation.clarification().candidates());
    }
    if (!investigation.rows().isEmpty()) {
      document.section("Result");
      ResultTable result = ResultTable.of(investigation);
      document.table(result.header(), result.cells());
    }
    findings(investigation.findings(), explain, document);
    document.charts();
    list(document, "Ruled out", investigation.ruledOut());
    list(document, "Caveats", investigation.caveats());
    if (investigation.interpretation() != null) {
      document.paragraph("Read as: " + ReadAs.of(investigation.interpretation()) + ".");
      if (!investigation.interpretation().notes().isEmpty()) {
        document.bullets(investigation.interpretation().notes());
      }
    }
    if (!investigation.probes().isEmpty()) {
      document.section("Probes");
      document.table(List.of("Probe", "Status", "Time", "Detail"),
          investigation.probes().stream().map(AnswerLayout::probe).toList());
    }
    return document.finish();
  }

  private static void findings(List<Finding> findings, boolean explain, AnswerDocument document) {
    if (findings.isEmpty()) {
      return;
    }
    document.section("Findings");
    document.findings(findings.stream().limit(SHOWN_FINDINGS).map(finding -> view(finding, explain)).toList());
    int more = findings.size() - SHOWN_FINDINGS;
    if (more > 0) {
      document.paragraph(more + (more == 1 ? " weaker finding is" : " weaker findings are")
          + " left out here; the JSON answer has them all.");
    }
  }

  private static FindingView view(Finding finding, boolean explain) {
    String confidence = ConfidenceText.of(finding.confidence());
    String meta = Character.toUpperCase(confidence.charAt(0)) + confidence.substring(1)
        + (finding.probes().isEmpty() ? "" : ", found by " + and(finding.probes())) + ".";
    return new FindingView(finding.rank(), finding.statement(), meta,
        explain ? RecipeView.of(finding.recipe()) : null);
  }

  private static void list(AnswerDocument document, String heading, List<String> items) {
    if (!items.isEmpty()) {
      document.section(heading);
      document.bullets(items);
    }
  }

  private static List<String> probe(ProbeRun run) {
    return List.of(run.name(), run.status(), NumberText.count(run.millis()) + " ms", run.detail());
  }

  /** "a", "a and b", "a, b and c". */
  private static String and(List<String> words) {
    int last = words.size() - 1;
    return last == 0 ? words.get(0) : String.join(", ", words.subList(0, last)) + " and " + words.get(last);
  }
}
