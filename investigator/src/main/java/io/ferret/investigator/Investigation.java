package io.ferret.investigator;

import io.ferret.investigator.question.Interpretation;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an answer is built from; it maps one-to-one onto the {@code ask} JSON contract, plus
 * {@code ruledOut}, {@code caveats} and {@code series}, which the text, markdown and html answers show.
 *
 * @param question the question as asked
 * @param status how it ended
 * @param interpretation how the question was understood; null when it was not
 * @param change the metric's change (change questions only); null otherwise
 * @param summary the headline sentence
 * @param findings checked findings, strongest first (rank 1..n)
 * @param ruledOut what was checked and showed nothing, one sentence each
 * @param caveats data quality and small-sample warnings, one sentence each
 * @param probes every probe that was planned, with its status
 * @param rows the small result table of a lookup; empty otherwise
 * @param series the metric over time around the window, for charts; empty when not applicable
 * @param clarification what to pin down (needs_clarification only); null otherwise
 * @param error the error message (error only); null otherwise
 */
public record Investigation(
    String question,
    InvestigationStatus status,
    Interpretation interpretation,
    ChangeSummary change,
    String summary,
    List<Finding> findings,
    List<String> ruledOut,
    List<String> caveats,
    List<ProbeRun> probes,
    List<Map<String, Object>> rows,
    List<SeriesPoint> series,
    Clarification clarification,
    String error) {
  public Investigation {
    Objects.requireNonNull(question, "question is null");
    Objects.requireNonNull(status, "status is null");
    Objects.requireNonNull(summary, "summary is null");
    findings = List.copyOf(findings);
    ruledOut = List.copyOf(ruledOut);
    caveats = List.copyOf(caveats);
    probes = List.copyOf(probes);
    rows = List.copyOf(rows);
    series = List.copyOf(series);
  }

  /** A question Ferret could not pin down: the message and the readings it considered. */
  public static Investigation needsClarification(String question, String message, List<String> candidates) {
    return new Investigation(question, InvestigationStatus.NEEDS_CLARIFICATION, null, null, message, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), new Clarification(message, candidates), null);
  }

  /** An investigation that failed; {@code message} is safe to show to the user. */
  public static Investigation error(String question, String message) {
    return new Investigation(question, InvestigationStatus.ERROR, null, null, message, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), null, message);
  }
}
