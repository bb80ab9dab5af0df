package io.ferret.investigator.probe;

import io.ferret.investigator.finding.BenjaminiHochberg;
import io.ferret.investigator.finding.DriverRules;
import io.ferret.investigator.finding.Measurement;
import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.investigator.finding.SegmentText;
import io.ferret.investigator.finding.Segments;
import io.ferret.ml.Deadline;
import io.ferret.ml.Predicate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Picks the drill-down's drivers in rounds. Each round tests every segment large enough to judge (Benjamini–
 * Hochberg across the round's tests) and chooses the driver with the largest departure, plus any other driver
 * disjoint from it. The next round sets the chosen segments' rows aside and tests the rest again: a segment
 * that looked like a driver only because it overlaps one (a correlated column, a parent) drops out, and a
 * second, independent driver shows.
 */
final class SegmentSelection {
  private static final Comparator<Candidate> STRONGEST_FIRST =
      Comparator.comparingDouble((Candidate candidate) -> -Math.abs(candidate.measurement().excess()))
          .thenComparing(candidate -> SegmentText.conditions(candidate.segment()));

  private final GroupingSetsQuery query;
  private final SegmentJudge judge;
  private final DriverRules rules;

  SegmentSelection(GroupingSetsQuery query, SegmentJudge judge, DriverRules rules) {
    this.query = Objects.requireNonNull(query, "query is null");
    this.judge = Objects.requireNonNull(judge, "judge is null");
    this.rules = Objects.requireNonNull(rules, "rules is null");
  }

  /** A chosen segment and its corrected p-value in the round that chose it. */
  record Chosen(List<Predicate> segment, double qValue) {}

  /**
   * @param chosen the drivers, in the order they were chosen
   * @param first the first round's sums, over every row in scope
   * @param last the last round's sums, over the rows no driver covers
   * @param tested segments tested over all rounds
   * @param rounds queries run
   */
  record Result(List<Chosen> chosen, SegmentTable first, SegmentTable last, int tested, int rounds) {}

  Result select(Queries queries, Deadline deadline) {
    List<Chosen> chosen = new ArrayList<>();
    SegmentTable first = null;
    SegmentTable last = null;
    int tested = 0;
    int rounds = 0;
    long roundNanos = 0;
    double reference = 0;
    // a further round only if it can finish in time: rounds take about as long as the last one
    while (chosen.size() < rules.maxFindings()
        && (first == null || deadline.remaining().toNanos() > 2 * roundNanos)) {
      long start = System.nanoTime();
      last = first == null ? query.run(queries)
          : query.runOutside(queries, first, chosen.stream().map(Chosen::segment).toList());
      roundNanos = System.nanoTime() - start;
      rounds++;
      if (first == null) {
        first = last;
        reference = judge.reference(first.total());
      }
      List<Candidate> candidates = candidates(last, chosen);
      tested += candidates.size();
      List<Candidate> drivers = drivers(candidates, reference);
      if (drivers.isEmpty()) {
        break;
      }
      chosen.addAll(pick(drivers, last, rules.maxFindings() - chosen.size()));
    }
    return new Result(chosen, first, last, tested, rounds);
  }

  /**
   * The strongest driver, narrowed as far as its parts explain it, and the next drivers disjoint from every one
   * picked: their rows cannot explain each other.
   */
  private List<Chosen> pick(List<Candidate> drivers, SegmentTable table, int room) {
    List<Chosen> picked = new ArrayList<>();
    for (Candidate driver : drivers) {
      Candidate narrowed = narrowed(driver, drivers, table);
      if (picked.size() < room
          && picked.stream().allMatch(other -> Segments.disjoint(other.segment(), narrowed.segment()))) {
        picked.add(new Chosen(narrowed.segment(), narrowed.qValue()));
      }
    }
    return picked;
  }

  /** The driver, or the narrowest of its parts (one more condition at a time) that explains it as well. */
  private Candidate narrowed(Candidate driver, List<Candidate> drivers, SegmentTable table) {
    Candidate current = driver;
    boolean narrower = true;
    while (narrower) {
      narrower = false;
      for (Candidate part : drivers) {
        if (part.segment().size() == current.segment().size() + 1
            && part.segment().containsAll(current.segment())) {
          PeriodMoments inPart = table.segments().get(part.segment());
          PeriodMoments remainder = table.segments().get(current.segment()).minus(inPart);
          // Both halves are measured against the rows outside the driver. Against everything else, the
          // remainder's "rest" would hold the part, which moved too, and a driver that moved evenly
          // would look concentrated in whichever part is largest.
          Measurement remainderAlone = judge.measure(remainder, table.total().minus(inPart));
          Measurement partAlone = judge.measure(inPart, table.total().minus(remainder));
          if (rules.remainderNegligible(remainderAlone, partAlone)
              && !siblingMovedAlike(current.segment(), part.segment(), partAlone, table)) {
            current = part;
            narrower = true;
            break;
          }
        }
      }
    }
    return current;
  }

  /**
   * Whether another value of the column the part adds to the driver moved like the part, each measured against
   * the rows outside the driver.
   */
  private boolean siblingMovedAlike(List<Predicate> driver, List<Predicate> part, Measurement partAlone,
      SegmentTable table) {
    PeriodMoments outside = table.total().minus(table.segments().get(driver));
    Set<String> partColumns = Segments.columns(part);
    List<Measurement> siblings = new ArrayList<>();
    for (Map.Entry<List<Predicate>, PeriodMoments> entry : table.segments().entrySet()) {
      List<Predicate> sibling = entry.getKey();
      if (sibling.size() == part.size() && sibling.containsAll(driver) && !sibling.equals(part)
          && Segments.columns(sibling).equals(partColumns)) {
        siblings.add(judge.measure(entry.getValue(), outside.plus(entry.getValue())));
      }
    }
    return siblings.stream().anyMatch(sibling -> rules.siblingMovedAlike(sibling, partAlone, siblings.size()));
  }

  /** Segments large enough to judge and not nested in (or around) a segment already chosen, measured. */
  private List<Candidate> candidates(SegmentTable table, List<Chosen> chosen) {
    List<Candidate> candidates = new ArrayList<>();
    for (Map.Entry<List<Predicate>, PeriodMoments> entry : table.segments().entrySet()) {
      List<Predicate> segment = entry.getKey();
      if (chosen.stream().noneMatch(c -> Segments.nested(c.segment(), segment))) {
        Measurement measurement = judge.measure(entry.getValue(), table.total());
        if (measurement.rows() >= rules.minRows()) {
          candidates.add(new Candidate(segment, measurement, 1));
        }
      }
    }
    return candidates;
  }

  /** The candidates that are drivers after the correction for testing them all, strongest first. */
  private List<Candidate> drivers(List<Candidate> candidates, double reference) {
    double[] qValues = BenjaminiHochberg.adjust(
        candidates.stream().mapToDouble(candidate -> candidate.measurement().pValue()).toArray());
    List<Candidate> drivers = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate candidate = candidates.get(i);
      if (rules.isDriver(candidate.measurement(), qValues[i], reference)) {
        drivers.add(new Candidate(candidate.segment(), candidate.measurement(), qValues[i]));
      }
    }
    drivers.sort(STRONGEST_FIRST);
    return drivers;
  }

  private record Candidate(List<Predicate> segment, Measurement measurement, double qValue) {}
}
