package io.ferret.investigator.semantic;

import java.util.List;
import java.util.Objects;

/**
 * A piece of SQL with its bound values. Identifiers in {@code sql} come only from the schema and are quoted;
 * every value is a {@code ?} placeholder with its value in {@code parameters}, in order.
 */
public record SqlFragment(String sql, List<Object> parameters) {
  public SqlFragment {
    Objects.requireNonNull(sql, "sql is null");
    parameters = List.copyOf(parameters);
  }

  /** A fragment without parameters. */
  public static SqlFragment of(String sql) {
    return new SqlFragment(sql, List.of());
  }
}
