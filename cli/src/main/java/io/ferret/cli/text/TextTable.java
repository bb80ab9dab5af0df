package io.ferret.cli.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Rows of text cells under headers, ready for {@link TableRenderer}.
 *
 * @param headers one per column
 * @param rightAligned per column, whether its cells are numbers to align on the right
 * @param rows cells per row, as many as headers; nulls are drawn as empty cells
 */
public record TextTable(List<String> headers, List<Boolean> rightAligned, List<List<String>> rows) {
  public TextTable {
    headers = List.copyOf(headers);
    rightAligned = List.copyOf(rightAligned);
    Objects.requireNonNull(rows, "rows is null");
    if (rightAligned.size() != headers.size()) {
      throw new IllegalArgumentException(
          "rightAligned has " + rightAligned.size() + " entries for " + headers.size() + " headers");
    }
    List<List<String>> copied = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("a row has " + row.size() + " cells for " + headers.size() + " headers");
      }
      copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copied);
  }

  /** Starts a table with these columns, all left-aligned unless marked with {@link Builder#rightAlign}. */
  public static Builder builder(String... headers) {
    return new Builder(List.of(headers));
  }

  /** Collects rows for a table. */
  public static final class Builder {
    private final List<String> headers;
    private final List<Boolean> rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    private Builder(List<String> headers) {
      this.headers = headers;
      this.rightAligned = new ArrayList<>(Collections.nCopies(headers.size(), false));
    }

    public Builder rightAlign(int... columns) {
      for (int column : columns) {
        rightAligned.set(column, true);
      }
      return this;
    }

    public Builder row(String... cells) {
      rows.add(Arrays.asList(cells));
      return this;
    }

    public TextTable build() {
      return new TextTable(headers, rightAligned, rows);
    }
  }
}
