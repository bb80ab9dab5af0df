package io.ferret.ml.data;

import io.ferret.ml.AttributeMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of a nominal attribute and how values map onto them. When the domain overflows, its last label,
 * {@code other}, is a bucket for the values outside the top K (and for a stored value spelled "other", since
 * Weka labels must be unique) rather than one stored value.
 */
final class NominalDomain {
  private final List<String> labels;
  private final boolean overflow;
  private final Map<String, Integer> positions = new HashMap<>();

  private NominalDomain(List<String> labels, boolean overflow) {
    this.labels = List.copyOf(labels);
    this.overflow = overflow;
    for (int i = 0; i < labels.size(); i++) {
      positions.put(labels.get(i), i);
    }
  }

  /** A column's K most frequent values (ties by value, so the order is deterministic), then other if needed. */
  static NominalDomain mostFrequent(List<String> values, int topK) {
    Map<String, Integer> counts = new HashMap<>();
    for (String value : values) {
      if (value != null) {
        counts.merge(value, 1, Integer::sum);
      }
    }
    List<String> ranked = new ArrayList<>(counts.keySet());
    ranked.sort(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(Comparator.naturalOrder()));
    boolean overflow = ranked.size() > topK;
    List<String> labels = new ArrayList<>(ranked.subList(0, Math.min(topK, ranked.size())));
    if (overflow && labels.remove(AttributeMap.OTHER)) {
      labels.add(ranked.get(topK));
    }
    if (overflow || labels.isEmpty()) {
      labels.add(AttributeMap.OTHER);
    }
    return new NominalDomain(labels, overflow);
  }

  /** Every declared value in declared order, as an ARFF header or a DuckDB ENUM gives them. */
  static NominalDomain declared(List<String> values) {
    return new NominalDomain(values, false);
  }

  /** The label index of a value: its own label, else the other bucket; -1 (missing) for null or no bucket. */
  int index(String value) {
    if (value == null) {
      return -1;
    }
    Integer position = positions.get(value);
    if (position != null && !(overflow && value.equals(AttributeMap.OTHER))) {
      return position;
    }
    return overflow ? labels.size() - 1 : -1;
  }

  List<String> labels() {
    return labels;
  }

  /** Whether the last label is the other bucket, which stands for many stored values. */
  boolean overflow() {
    return overflow;
  }
}
