package io.ferret.cli.sql;

import java.util.Locale;

/** How {@code ferret sql} prints results. */
public enum SqlFormat {
  TABLE,
  CSV,
  JSON;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
