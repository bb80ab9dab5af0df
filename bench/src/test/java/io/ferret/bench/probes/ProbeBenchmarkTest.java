package io.ferret.bench.probes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeBenchmarkTest {
  @TempDir
  Path folder;

  @Test
  void timesEveryProbeAgainstTheBaselineAndJ48AndJRipRecallThePlantedSegment() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProbeBenchmarkOptions options =
        new ProbeBenchmarkOptions(30_000, 1, List.of(5_000, 20_000), 1, 10_000, 42, Optional.of(folder));

    ProbeBenchmark.run(options, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("baseline: plain J48 (default options) trained on 10,000 sampled rows"), out);
    for (String probe : List.of("j48", "jrip", "em")) {
      assertTrue(out.matches("(?s).*\\n  " + probe + " +[\\d,]+ +[\\d,]+ +[\\d,]+ +\\d+\\.\\d{3}  (met|NOT met)\\n.*"),
          probe + " line in\n" + out);
    }
    assertTrue(out.matches("(?s).*\\n  20,000 +1/1 \\([\\d,]+ ms\\) +1/1 \\([\\d,]+ ms\\) +[01]/1 .*"),
        "J48 and JRip find the planted segment at a cap holding every row:\n" + out);
    assertTrue(folder.toFile().list().length == 0, "the work folder is removed");
  }
}
