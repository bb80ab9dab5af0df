package io.ferret.cli.serve;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where {@code ferret serve} listens for its HTTP API: the {@code serve:} section of {@code ferret.yml}.
 *
 * @param host the address to bind; loopback by default, so that only this machine can ask
 * @param port the TCP port; 0 picks a free one, which {@code ferret serve} prints
 */
public record ServeSettings(String host, int port) {
  public static final String HOST_CONFIG = "host";
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final String PORT_CONFIG = "port";
  public static final int DEFAULT_PORT = 8765;

  public ServeSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException(HOST_CONFIG + " must not be empty");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(PORT_CONFIG + " must be between 0 and 65535, got " + port);
    }
  }

  /** Reads the {@code serve:} section; absent keys take their defaults. */
  @JsonCreator
  public static ServeSettings of(@JsonProperty(HOST_CONFIG) String host, @JsonProperty(PORT_CONFIG) Integer port) {
    return new ServeSettings(host == null ? DEFAULT_HOST : host, port == null ? DEFAULT_PORT : port);
  }

  public static ServeSettings defaults() {
    return new ServeSettings(DEFAULT_HOST, DEFAULT_PORT);
  }
}
