package io.ferret.ml.data;

import io.ferret.ml.AttributeMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import weka.core.Attribute;

/**
 * The labels of a nominal attribute: a column's K most frequent values (ties by value, so the order is
 * deterministic) and, when there are more, an {@code other} bucket last. A stored value spelled "other" falls
 * into that bucket too, since Weka labels must be unique.
 */
record NominalDomain(List<String> labels) {
  static NominalDomain of(List<String> values, int topK) {
    Map<String, Integer> counts = new HashMap<>();
    for (String value : values) {
      if (value != null) {
        counts.merge(value, 1, Integer::sum);
      }
    }
    List<String> ranked = new ArrayList<>(counts.keySet());
    ranked.sort(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(Comparator.naturalOrder()));
    boolean bucket = ranked.size() > topK || ranked.contains(AttributeMap.OTHER);
    List<String> labels = new ArrayList<>(ranked.subList(0, Math.min(topK, ranked.size())));
    labels.remove(AttributeMap.OTHER);
    if (bucket) {
      labels.add(AttributeMap.OTHER);
    }
    if (labels.isEmpty()) {
      labels.add(AttributeMap.OTHER);
    }
    return new NominalDomain(labels);
  }

  static boolean hasOther(Attribute attribute) {
    return attribute.value(attribute.numValues() - 1).equals(AttributeMap.OTHER);
  }
}
