package io.ferret.ml.data;

import io.ferret.store.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sampling query. Each row gets a 53-bit hash of its row id and the seed; a class keeps its {@link
 * SampleQuota} rows with the smallest hashes, so the same table and seed always give the same sample, however
 * many threads DuckDB uses (unlike {@code USING SAMPLE ... REPEATABLE}). A first cut by hash threshold, set a
 * little above the quota's share, means the exact ranking only sorts about the quota, not the whole class.
 * Rows come out in table order. Columns come out in order: the attributes, the derived features, the class, the
 * row's raw weight (1, or its metric value) and its row id.
 */
final class SampleQuery {
  static final String CLASS = "__ferret_class";
  static final String WEIGHT = "__ferret_weight";
  private static final String HASH = "__ferret_hash";
  static final String ROW = "__ferret_row";
  private static final long HASH_RANGE = 1L << 53;
  /** Headroom of the threshold cut over the quota: its shortfall is then many standard deviations away. */
  private static final double CUT_MARGIN = 1.1;
  private static final int CUT_SLACK_ROWS = 64;

  private final String sql;
  private final List<Object> parameters = new ArrayList<>();

  SampleQuery(SliceQuery slice, SourceColumns columns, List<String> attributes, List<DerivedFeature> derived,
      ClassTotals totals, Map<String, Long> quotas, long seed, boolean cut) {
    List<String> inner = new ArrayList<>();
    List<String> outer = new ArrayList<>();
    for (String attribute : attributes) {
      inner.add(columns.select(attribute));
      outer.add(Sql.quote(attribute));
    }
    for (int i = 0; i < derived.size(); i++) {
      inner.add(derived.get(i).expression() + " AS " + alias(i));
      outer.add(alias(i));
    }
    inner.add(slice.classSql() + " AS " + CLASS);
    inner.add(slice.weightSql() + " AS " + WEIGHT);
    inner.add("hash(rowid, ?) >> 11 AS " + HASH);
    inner.add("rowid AS " + ROW);
    outer.add(CLASS);
    outer.add(WEIGHT);
    outer.add(ROW);
    parameters.addAll(slice.classParameters());
    parameters.add(seed);
    parameters.addAll(slice.whereParameters());
    String thresholds = byClass(quotas,
        quota -> cut ? threshold(quota.getValue(), totals.rows().get(quota.getKey())) : HASH_RANGE);
    String limits = byClass(quotas, Map.Entry::getValue);
    sql = "SELECT " + String.join(", ", outer) + " FROM (SELECT " + String.join(", ", inner) + slice.from()
        + ") AS modelled WHERE " + HASH + " < " + thresholds + " QUALIFY row_number() OVER (PARTITION BY " + CLASS
        + " ORDER BY " + HASH + ", " + ROW + ") <= " + limits + " ORDER BY " + ROW;
  }

  /** {@code CASE class WHEN ? THEN ? ... ELSE 0 END}, binding each class and its value. */
  private String byClass(Map<String, Long> quotas, Function<Map.Entry<String, Long>, Long> value) {
    if (quotas.isEmpty()) {
      return "0";
    }
    StringBuilder cases = new StringBuilder("CASE ").append(CLASS);
    for (Map.Entry<String, Long> quota : quotas.entrySet()) {
      cases.append(" WHEN ? THEN ?");
      parameters.add(quota.getKey());
      parameters.add(value.apply(quota));
    }
    return cases.append(" ELSE 0 END").toString();
  }

  /** The hash below which about {@code quota} of {@code rows} fall, with headroom; everything when all stay. */
  private static long threshold(long quota, long rows) {
    if (quota >= rows) {
      return HASH_RANGE;
    }
    double share = Math.min(1.0, (quota * CUT_MARGIN + CUT_SLACK_ROWS) / rows);
    return (long) Math.ceil(share * HASH_RANGE);
  }

  static String alias(int derived) {
    return "__ferret_derived" + derived;
  }

  String sql() {
    return sql;
  }

  List<Object> parameters() {
    return parameters;
  }
}
