package io.ferret.bench.rca;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Prepares one case for {@code ferret ingest}: the CSV as it is, except that the epoch-seconds {@code min}
 * column becomes an ISO {@code minute} timestamp (Ferret reads time from timestamps, not from plain numbers),
 * and a ferret.yml that defines the failure rate and names the case's dimension columns.
 */
final class RcaCaseStore {
  static final String TABLE = "sessions";
  private static final String EPOCH_COLUMN = "min";
  private static final String TIME_COLUMN = "minute";
  private static final Set<String> MEASURES = Set.of("value", "cnt");

  private RcaCaseStore() {}

  /** Writes the rewritten CSV and returns its dimension columns, in file order. */
  static List<String> writeCsv(Path source, Path target) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      String[] header = in.readLine().split(",", -1);
      int time = Arrays.asList(header).indexOf(EPOCH_COLUMN);
      if (time < 0) {
        throw new IOException(source + " has no " + EPOCH_COLUMN + " column");
      }
      header[time] = TIME_COLUMN;
      out.write(String.join(",", header));
      out.newLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] fields = line.split(",", -1);
        fields[time] = Instant.ofEpochSecond(Long.parseLong(fields[time])).toString();
        out.write(String.join(",", fields));
        out.newLine();
      }
      return Arrays.stream(header).filter(c -> !c.equals(TIME_COLUMN) && !MEASURES.contains(c)).toList();
    }
  }

  /** The semantic layer for the case: time column, the ratio metric and the dimensions. */
  static void writeConfig(List<String> dimensions, Path target) throws IOException {
    String yaml = "tables:\n"
        + "  " + TABLE + ":\n"
        + "    time_column: " + TIME_COLUMN + "\n"
        + "    metrics:\n"
        + "      failure_rate: sum(value) / sum(cnt)\n"
        + "    dimensions: [" + String.join(", ", dimensions) + "]\n";
    Files.writeString(target, yaml, StandardCharsets.UTF_8);
  }
}
