package io.ferret.cli.export;

import java.util.Locale;

/** File formats {@code ferret export} writes. */
public enum ExportFormat {
  PARQUET,
  ARROW,
  CSV;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
