package io.ferret.ml.probe;

import io.ferret.ml.Predicate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A conjunction a model proposed, before it is checked.
 *
 * @param predicates the conditions, in the order the model used them
 * @param description how the model put it (a tree path, a rule, a cluster profile)
 */
public record Candidate(List<Predicate> predicates, String description) {
  public Candidate {
    predicates = List.copyOf(Objects.requireNonNull(predicates, "predicates is null"));
    Objects.requireNonNull(description, "description is null");
  }

  /** A candidate described by its own predicates: {@code region = EMEA and tenure <= 5.5}. */
  public static Candidate of(List<Predicate> predicates) {
    return new Candidate(predicates, conjunction(predicates));
  }

  static String conjunction(List<Predicate> predicates) {
    return predicates.stream().map(Predicate::toString).collect(Collectors.joining(" and "));
  }
}
