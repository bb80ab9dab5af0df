package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code ferret} launcher at the repository root against the jar that {@code package} just built. An
 * integration test (failsafe, in {@code verify}) so the jar exists and is fresh; otherwise the launcher would
 * start a Maven build inside the test.
 */
class LauncherScriptIT {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final Path JAR = REPOSITORY.resolve("cli/target/ferret.jar");

  @TempDir
  Path elsewhere;

  @Test
  void runsTheBuiltJarFromAnyFolder() throws IOException, InterruptedException {
    assertTrue(Files.isRegularFile(JAR), "cli/target/ferret.jar is not built; run mvn verify");
    assertTrue(isFresh(), "cli/target/ferret.jar is older than the sources; run mvn verify");

    Process process = new ProcessBuilder("bash", REPOSITORY.resolve("ferret").toString(), "--help")
        .directory(elsewhere.toFile())
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");

    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("Usage: ferret"), output);
  }

  /** The launcher's own rule: no pom.xml and nothing under a src/main is newer than the jar. */
  private static boolean isFresh() throws IOException {
    FileTime built = Files.getLastModifiedTime(JAR);
    try (Stream<Path> files = Files.walk(REPOSITORY)) {
      return files
          .filter(file -> !file.startsWith(REPOSITORY.resolve(".git")))
          .filter(file -> !file.toString().contains("/target/"))
          .filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().equals("pom.xml") || file.toString().contains("/src/main/"))
          .allMatch(file -> lastModified(file).compareTo(built) <= 0);
    }
  }

  private static FileTime lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
