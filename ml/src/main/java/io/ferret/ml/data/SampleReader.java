package io.ferret.ml.data;

import io.ferret.ml.MlSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;

/** Draws the sample of every candidate column with {@link SampleQuery} and reads it through Arrow. */
final class SampleReader {
  private SampleReader() {}

  /**
   * The sample and the query that drew it.
   *
   * @param query the sampling query, for the recipe
   * @param data the candidate columns, then the derived features, the class and the raw weight
   */
  record Sample(SampleQuery query, ArrowColumns data) {}

  static Sample read(SqlRunner sql, BufferAllocator allocator, SliceQuery slice, SourceColumns columns,
      List<String> candidates, List<DerivedFeature> derived, ClassTotals totals, MlSettings settings) {
    Map<String, Long> quotas = SampleQuota.of(totals.rows(), settings.sampleCap());
    quotas.values().removeIf(quota -> quota == 0);
    Sample sample = draw(sql, allocator, columns, candidates, derived,
        new SampleQuery(slice, columns, candidates, derived, totals, quotas, settings.seed(), true));
    if (!perClass(sample.data()).equals(quotas)) {
      // the hash cut kept fewer rows than a quota asks for, which its margin makes vanishingly rare: draw again
      // without it, for the rows an uncut ranking gives
      sample = draw(sql, allocator, columns, candidates, derived,
          new SampleQuery(slice, columns, candidates, derived, totals, quotas, settings.seed(), false));
    }
    return sample;
  }

  private static Sample draw(SqlRunner sql, BufferAllocator allocator, SourceColumns columns,
      List<String> candidates, List<DerivedFeature> derived, SampleQuery query) {
    List<String> names = new ArrayList<>(candidates);
    List<Boolean> numeric = new ArrayList<>(candidates.stream().map(columns::numeric).toList());
    for (int i = 0; i < derived.size(); i++) {
      names.add(SampleQuery.alias(i));
      numeric.add(derived.get(i).numeric());
    }
    names.add(SampleQuery.CLASS);
    numeric.add(false);
    names.add(SampleQuery.WEIGHT);
    numeric.add(true);
    return new Sample(query, ArrowColumns.read(sql, query.sql(), query.parameters(), allocator, names, numeric));
  }

  private static Map<String, Long> perClass(ArrowColumns data) {
    Map<String, Long> found = new LinkedHashMap<>();
    data.texts(SampleQuery.CLASS).forEach(value -> found.merge(value, 1L, Long::sum));
    return found;
  }
}
