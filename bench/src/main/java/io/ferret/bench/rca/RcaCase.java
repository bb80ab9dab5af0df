package io.ferret.bench.rca;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One labelled incident of the RS dataset.
 *
 * @param name the file's name without {@code .csv}
 * @param csv the minute-level leaf rows
 * @param minute the start of the anomalous minute
 * @param causes the true root causes, each a segment written as {@link CauseSet#key}
 */
record RcaCase(String name, Path csv, Instant minute, Set<String> causes) {
  RcaCase {
    Objects.requireNonNull(name, "name is null");
    causes = Set.copyOf(causes);
  }
}
