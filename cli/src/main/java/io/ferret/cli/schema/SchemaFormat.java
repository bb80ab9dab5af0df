package io.ferret.cli.schema;

import java.util.Locale;

/** How {@code ferret schema} prints. */
public enum SchemaFormat {
  TEXT,
  JSON;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
