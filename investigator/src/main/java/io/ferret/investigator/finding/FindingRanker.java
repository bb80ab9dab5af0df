package io.ferret.investigator.finding;

import io.ferret.investigator.Finding;
import io.ferret.ml.Predicate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Turns the probes' evidence into ranked findings: one finding per segment whatever the number of probes that
 * found it, strongest departure first, at most {@link DriverRules#maxFindings()}.
 *
 * <p>The drill-down's selected segments are findings. A model's segment joins the finding it lies inside or
 * around (nested); else it becomes a finding of its own if it stands alone with enough confidence; else, if it
 * overlaps a finding, it counts as support for it (a model often names the same rows by correlated columns);
 * else it is dropped.
 */
public final class FindingRanker {
  private static final Comparator<Evidence> STRONGEST_FIRST =
      Comparator.comparingDouble((Evidence evidence) -> -Math.abs(evidence.measurement().excess()))
          .thenComparing(evidence -> SegmentText.conditions(evidence.segment()));
  private static final double ROUNDING = 1e4;

  private final DriverRules rules;
  private final Statements statements;

  public FindingRanker(DriverRules rules, Statements statements) {
    this.rules = Objects.requireNonNull(rules, "rules is null");
    this.statements = Objects.requireNonNull(statements, "statements is null");
  }

  /**
   * @param selected segments that are drivers by themselves (the drill-down's)
   * @param proposed segments the models proposed
   */
  public List<RankedFinding> rank(List<Evidence> selected, List<Evidence> proposed) {
    List<Evidence> accepted = new ArrayList<>();
    selected.stream().sorted(STRONGEST_FIRST).forEach(evidence -> join(accepted, evidence));
    List<Evidence> models = proposed.stream().sorted(STRONGEST_FIRST).toList();
    for (Evidence evidence : models) {
      if (!mergeInto(accepted, evidence, (finding, model) -> Segments.nested(finding, model))
          && evidence.standsAlone() && evidence.confidence() >= rules.minModelConfidence()) {
        join(accepted, evidence);
      }
    }
    for (Evidence evidence : models) {
      if (accepted.stream().noneMatch(finding -> Segments.nested(finding.segment(), evidence.segment()))) {
        mergeInto(accepted, evidence, (finding, model) -> !Segments.disjoint(finding, model));
      }
    }
    accepted.sort(STRONGEST_FIRST);
    List<RankedFinding> findings = new ArrayList<>();
    for (Evidence evidence : accepted.subList(0, Math.min(accepted.size(), rules.maxFindings()))) {
      findings.add(new RankedFinding(new Finding(findings.size() + 1, evidence.segment(), statements.of(evidence),
          rounded(evidence.measurement().impact()), rounded(evidence.confidence()), evidence.probes(),
          evidence.recipe()), evidence));
    }
    return findings;
  }

  /** Adds evidence as a finding, unless a finding on the same columns overlaps it (then it joins that one). */
  private static void join(List<Evidence> accepted, Evidence evidence) {
    if (!mergeInto(accepted, evidence, (finding, other) -> Segments.nested(finding, other)
        || Segments.sameColumns(finding, other) && !Segments.disjoint(finding, other))) {
      accepted.add(evidence);
    }
  }

  /** Merges evidence into the strongest accepted finding that relates to it; false when none does. */
  private static boolean mergeInto(List<Evidence> accepted, Evidence evidence,
      BiPredicate<List<Predicate>, List<Predicate>> relates) {
    for (int i = 0; i < accepted.size(); i++) {
      if (relates.test(accepted.get(i).segment(), evidence.segment())) {
        accepted.set(i, accepted.get(i).mergedWith(evidence));
        return true;
      }
    }
    return false;
  }

  /** Four decimals: the last bits of floating-point sums should not make two equal answers differ. */
  private static double rounded(double value) {
    return Math.round(value * ROUNDING) / ROUNDING;
  }
}
