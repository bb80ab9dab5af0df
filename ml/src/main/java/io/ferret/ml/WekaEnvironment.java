package io.ferret.ml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Weka quiet and self-contained: its home is a folder of Ferret's, not {@code ~/wekafiles}, its package
 * manager stays offline and loads nothing, and netlib's warnings about missing native BLAS stay out of the
 * user's terminal. Must run before any Weka class loads, because Weka reads these settings in static
 * initialisers.
 */
public final class WekaEnvironment {
  /** Where Weka's home goes unless {@code ferret.weka.home} names another folder. */
  private static final String HOME_PROPERTY = "ferret.weka.home";

  private static final Logger NETLIB = Logger.getLogger("com.github.fommil.netlib");
  private static volatile boolean initialised;

  private WekaEnvironment() {}

  /** Applies the settings once; later calls do nothing. */
  public static synchronized void init() {
    if (initialised) {
      return;
    }
    Path home = Path.of(System.getProperty(HOME_PROPERTY,
        Path.of(System.getProperty("java.io.tmpdir"), "ferret-weka-home").toString()));
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create Weka's home folder " + home, e);
    }
    System.setProperty("WEKA_HOME", home.toString());
    System.setProperty("weka.packageManager.offline", "true");
    System.setProperty("weka.packageManager.loadPackages", "false");
    System.setProperty("weka.core.loadPackages", "false");
    NETLIB.setLevel(Level.OFF); // held in a field: java.util.logging keeps only weak references to loggers
    initialised = true;
  }
}
