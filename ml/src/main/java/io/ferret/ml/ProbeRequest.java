package io.ferret.ml;

import java.util.List;
import java.util.Objects;

/**
 * A slice of a table to model and how to frame it.
 *
 * @param table the store table
 * @param framing the class attribute and the class of interest
 * @param filters conditions every row must meet (values bound as parameters, never spliced into SQL)
 * @param columns candidate attribute columns, or an empty list for every eligible column
 * @param settings sampling and model settings
 */
public record ProbeRequest(
    String table, Framing framing, List<Predicate> filters, List<String> columns, MlSettings settings) {
  public ProbeRequest {
    Objects.requireNonNull(table, "table is null");
    Objects.requireNonNull(framing, "framing is null");
    filters = List.copyOf(filters);
    columns = List.copyOf(columns);
    Objects.requireNonNull(settings, "settings is null");
  }
}
