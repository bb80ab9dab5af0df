package io.ferret.ml.data;

import io.ferret.store.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * An attribute computed from a time column when {@code timeFeatures} is on: the hour of day (numeric) or the
 * weekday (nominal, Mon..Sun in calendar order). Its label, such as {@code hour(ts)}, names it in the attribute
 * map; its SQL reads under an internal alias so a column with the same name cannot collide with it.
 *
 * @param label the attribute name, e.g. {@code weekday(ts)}
 * @param source the time column it derives from
 * @param expression the SQL that computes it from the source column
 * @param labels the nominal labels in order, or null for a numeric feature
 */
record DerivedFeature(String label, String source, String expression, List<String> labels) {
  static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

  /** The features of a time column of the given DuckDB type: hour for times of day, weekday for dates. */
  static List<DerivedFeature> of(String column, String type) {
    String quoted = Sql.quote(column);
    List<DerivedFeature> features = new ArrayList<>();
    boolean hasHour = type.startsWith("TIMESTAMP") || type.startsWith("TIME");
    boolean hasDay = type.startsWith("TIMESTAMP") || type.equals("DATE");
    if (hasHour) {
      features.add(new DerivedFeature("hour(" + column + ")", column, "hour(" + quoted + ")", null));
    }
    if (hasDay) {
      // isodow is 1 (Monday) .. 7 (Sunday), so the label does not depend on the locale
      features.add(new DerivedFeature("weekday(" + column + ")", column,
          "['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][isodow(" + quoted + ")]", WEEKDAYS));
    }
    return features;
  }

  boolean numeric() {
    return labels == null;
  }
}
