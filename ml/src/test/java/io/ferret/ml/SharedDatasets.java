package io.ferret.ml;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates a file of ../shared/datasets from any module directory; tests using it skip when it is absent. */
public final class SharedDatasets {
  private SharedDatasets() {}

  /** The file, or a skipped test when ../shared is not beside the checkout. */
  public static Path require(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("datasets").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    assumeTrue(false, "../shared/datasets/" + relative + " is absent; skipping");
    throw new IllegalStateException("unreachable");
  }
}
