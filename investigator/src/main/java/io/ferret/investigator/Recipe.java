package io.ferret.investigator;

import java.util.List;
import java.util.Objects;

/**
 * How to reproduce a finding: the query behind it and, for model findings, the model and its settings.
 *
 * @param sql the query, with {@code ?} placeholders
 * @param parameters the values bound to them, in order
 * @param model the Weka class for model findings; null for SQL-only probes
 * @param options the model's options as Weka prints them; null for SQL-only probes
 * @param seed the sampling and split seed; null for SQL-only probes
 * @param sampleRows rows the model saw; null for SQL-only probes
 * @param tableRows rows the query matched
 */
public record Recipe(
    String sql, List<Object> parameters, String model, String options, Long seed, Integer sampleRows,
    Long tableRows) {
  public Recipe {
    Objects.requireNonNull(sql, "sql is null");
    parameters = List.copyOf(parameters);
  }
}
