package io.ferret.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads Ferret's version from the Maven metadata packaged into the jar. */
public final class VersionProvider implements IVersionProvider {
  private static final String POM_PROPERTIES = "/META-INF/maven/io.ferret/ferret-cli/pom.properties";

  @Override
  public String[] getVersion() throws IOException {
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return new String[] {"ferret (development build)"};
      }
      Properties properties = new Properties();
      properties.load(in);
      return new String[] {"ferret " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
