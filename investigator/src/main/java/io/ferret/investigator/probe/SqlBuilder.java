package io.ferret.investigator.probe;

import io.ferret.investigator.semantic.SqlFragment;
import java.util.ArrayList;
import java.util.List;

/** Builds SQL piece by piece, keeping each bound value in the order its placeholder appears in the text. */
public final class SqlBuilder {
  private final StringBuilder sql = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  /** Appends text that holds no placeholder: keywords, quoted identifiers, punctuation. */
  public SqlBuilder sql(String text) {
    sql.append(text);
    return this;
  }

  /** Appends a fragment with its bound values. */
  public SqlBuilder add(SqlFragment fragment) {
    sql.append(fragment.sql());
    parameters.addAll(fragment.parameters());
    return this;
  }

  /** Appends a placeholder bound to {@code value}. */
  public SqlBuilder value(Object value) {
    sql.append('?');
    parameters.add(value);
    return this;
  }

  /** Appends the fragments separated by {@code separator}. */
  public SqlBuilder join(String separator, List<SqlFragment> fragments) {
    for (int i = 0; i < fragments.size(); i++) {
      if (i > 0) {
        sql.append(separator);
      }
      add(fragments.get(i));
    }
    return this;
  }

  public SqlFragment build() {
    return new SqlFragment(sql.toString(), parameters);
  }
}
