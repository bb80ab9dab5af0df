package io.ferret.bench.rca;

import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Segments as RiskLoc's evaluation writes them: {@code bitrate=2000&p2p=1}, conditions in column order. */
final class CauseSet {
  private CauseSet() {}

  /** A labelled cause: dimension to value. */
  static String key(Map<String, ?> cause) {
    return new TreeMap<>(cause).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("&"));
  }

  /** A finding's segment, when it is a conjunction of equalities, the only form a labelled cause takes. */
  static Optional<String> key(List<Predicate> segment) {
    if (segment.isEmpty() || segment.stream().anyMatch(p -> p.op() != Operator.EQ)) {
      return Optional.empty();
    }
    Map<String, Object> cause = new TreeMap<>();
    segment.forEach(p -> cause.put(p.column(), p.value()));
    return Optional.of(key(cause));
  }
}
