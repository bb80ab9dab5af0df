package io.ferret.ingest.evolution;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/datasets from any module directory; tests using it skip when it is absent. */
final class SharedDatasets {
  private SharedDatasets() {}

  /** The dataset folder, or a skipped test when ../shared is not beside the checkout. */
  static Path require(String dataset) {
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("datasets").resolve(dataset);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    assumeTrue(false, "../shared/datasets/" + dataset + " is absent; skipping");
    throw new IllegalStateException("unreachable");
  }
}
