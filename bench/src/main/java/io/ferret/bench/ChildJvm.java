package io.ferret.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one side of a benchmark in a JVM of its own, its heap capped at the target: completing at all shows the
 * work streams within it, and the heap figures are that side's alone, not shared with the baseline, the data
 * generation or an in-JVM broker, nor inflated by a roomy heap that the collector lets fill with garbage.
 */
public final class ChildJvm {
  private static final int OUTPUT_LINES_KEPT = 20;

  private ChildJvm() {}

  /**
   * Runs {@code main} with these arguments and at most {@code heapLimitBytes} of heap; returns the fields of the
   * one line it printed that starts with {@code resultPrefix}, after the prefix.
   */
  public static String[] run(Class<?> main, long heapLimitBytes, String resultPrefix, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heapLimitBytes / (1024 * 1024) + "m",
        // Arrow reads direct buffers' addresses, as the ferret launcher's jar manifest allows
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"),
        main.getName()));
    command.addAll(arguments);
    try {
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      String result = null;
      List<String> output = new ArrayList<>();
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.startsWith(resultPrefix + " ")) {
            result = line;
          } else if (output.size() < OUTPUT_LINES_KEPT) {
            output.add(line);
          }
        }
      }
      int exit = child.waitFor();
      if (exit != 0 || result == null) {
        throw new FerretException(ErrorCode.INTERNAL, main.getSimpleName() + " in a JVM limited to "
            + heapLimitBytes / (1024 * 1024) + " MB of heap failed (exit " + exit + "):\n" + String.join("\n", output));
      }
      return result.substring(resultPrefix.length() + 1).split(" ");
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INTERNAL,
          "cannot run " + main.getSimpleName() + " in a child JVM: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FerretException(ErrorCode.INTERNAL, "interrupted while " + main.getSimpleName() + " ran", e);
    }
  }
}
